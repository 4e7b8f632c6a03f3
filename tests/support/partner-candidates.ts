// The partner candidates of a short test article, for a subject the test names (not the one extraction would pick).
import { namePhrases, personWords } from "../../src/extract/names";
import { makerByAlias } from "../../src/extract/orgs";
import { partnerCandidates } from "../../src/extract/partners";
import { splitSentences } from "../../src/extract/sentences";

export function candidates(text: string, subject: string) {
  const sentences = splitSentences(text);
  const phrases = sentences.map((s) => namePhrases(s.text, s.start, (n) => makerByAlias(n) !== undefined));
  return partnerCandidates(sentences, phrases, subject, personWords(sentences, phrases));
}
