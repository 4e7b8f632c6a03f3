// Sentences about earlier deals, other deals or competition: their companies are background to the story,
// neither its subject nor its partners.
const BACKGROUND = /\b(?:last year|years? ago|previously|in the past|formerly|used to|compet(?:es|e|ing) (?:with|against)|earlier this year|that (?:deal|agreement)|also not the)\b|^In (?:19|20)\d\d\b/i;

export const isBackground = (sentence: string): boolean => BACKGROUND.test(sentence);
