import type { Sentence } from "./sentences";

// Sentences about earlier deals, other deals or competition ("where Daimler once used to", not "materials used to make"): their companies are background to the story,
// neither its subject nor its partners.
const BACKGROUND = /\b(?:last year|years? ago|previously|in the past|formerly|(?:where|which|who|that|once|it|they) (?:\S+ )?used to|compet(?:es|e|ing) (?:with|against)|earlier this year|that (?:deal|agreement)|also not the|in a separate (?:news|development|announcement|statement))\b|^In (?:19|20)\d\d\b|^Separately\b/i;

// Company, partner, place and figure extraction each ask of every sentence: answered once per sentence.
const seen = new WeakMap<Sentence, boolean>();

export function isBackground(s: Sentence): boolean {
  let answer = seen.get(s);
  if (answer === undefined) {
    answer = BACKGROUND.test(s.text);
    seen.set(s, answer);
  }
  return answer;
}
