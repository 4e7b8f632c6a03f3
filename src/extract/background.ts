// Sentences about earlier deals, other deals or competition: their companies are background to the story,
// neither its subject nor its partners.
const BACKGROUND = /\b(?:last year|years? ago|previously|in the past|formerly|used to|compet(?:es|e|ing) (?:with|against)|earlier this year|that (?:deal|agreement)|also not the|in a separate (?:news|development|announcement|statement))\b|^In (?:19|20)\d\d\b|^Separately\b/i;

// Company, partner and figure extraction each ask of every sentence: answered once per sentence text.
const seen = new Map<string, boolean>();
const MAX_SEEN = 4096;

export function isBackground(sentence: string): boolean {
  let answer = seen.get(sentence);
  if (answer === undefined) {
    if (seen.size >= MAX_SEEN) seen.clear();
    answer = BACKGROUND.test(sentence);
    seen.set(sentence, answer);
  }
  return answer;
}
