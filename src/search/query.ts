// What a person typed → the words to look up. Never throws: a query that cannot be run comes back
// as a message to show, so lunr's own query parser (which throws on "company:" or "~~") is never used.
import { FIELD_ALIASES, type FieldName } from "../prepare/fields";
import { isStopWord, wordSpans } from "../prepare/normalise";

export interface QueryWord {
  /** Normalised term, compared with the index terms ("Nio's" → "nio", "E-Town" → "etown"). */
  term: string;
  /** Only these fields, from "company:nio"; null for all fields. */
  fields: FieldName[] | null;
  /** The person asked for typo tolerance ("hefie~"); otherwise it is only a fallback. */
  fuzzy: boolean;
  /** Whether a result must contain it: common words ("the", "and") only add to the score. */
  required: boolean;
}

export type ParsedQuery = { ok: true; words: QueryWord[] } | { ok: false; message: string };

const KNOWN_FIELDS = [...new Set(Object.values(FIELD_ALIASES))].map((f) => `${f}:`).join(", ");
const EXAMPLES: Partial<Record<FieldName, string>> = { city: "hefei", region: "anhui", country: "china", partner: "lingang" };

// A token: optional "field:" then a quoted phrase or a run of non-spaces.
const TOKEN = /(?:(\p{L}+):)?("[^"]*"?|[^\s"]*)/gu;

export function parseQuery(text: string): ParsedQuery {
  const words: Array<Omit<QueryWord, "required">> = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, fieldName, value] = match;
    if (!whole) continue;
    let fields: FieldName[] | null = null;
    if (fieldName !== undefined) {
      const key = fieldName.toLowerCase();
      // Own keys only: "constructor:" is not a field.
      const field = Object.hasOwn(FIELD_ALIASES, key) ? FIELD_ALIASES[key] : undefined;
      if (!field) return { ok: false, message: `There is no field “${fieldName}:”. You can search ${KNOWN_FIELDS} or plain words.` };
      if (!/[\p{L}\p{N}]/u.test(value)) {
        return { ok: false, message: `“${fieldName}:” needs a word after it, for example ${field}:${EXAMPLES[field] ?? "nio"}.` };
      }
      fields = [field];
    }
    const fuzzy = /~\d*$/.test(value);
    for (const span of wordSpans(value)) if (span.terms[0]) words.push({ term: span.terms[0], fields, fuzzy });
  }
  if (words.length === 0) {
    return text.trim()
      ? { ok: false, message: `“${text.trim()}” has no letters or digits to search for. Type a company, a city or any word, for example hefei.` }
      : { ok: true, words: [] };
  }
  // Common words are indexed only in the short name fields, so requiring them would hide articles;
  // a query of nothing but common words still has to find something, so there they are required.
  const allCommon = words.every((w) => w.fields === null && isStopWord(w.term));
  return { ok: true, words: words.map((w) => ({ ...w, required: allCommon || w.fields !== null || !isStopWord(w.term) })) };
}
