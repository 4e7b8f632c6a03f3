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
  /** A result must not contain it: "-nio" or "NOT nio". Looked up exactly, without completions or typos. */
  excluded: boolean;
}

export type ParsedQuery = { ok: true; words: QueryWord[] } | { ok: false; message: string };

const KNOWN_FIELDS = [...new Set(Object.values(FIELD_ALIASES))].map((f) => `${f}:`).join(", ");
const EXAMPLES: Partial<Record<FieldName, string>> = { city: "hefei", region: "anhui", country: "china", partner: "lingang" };

// A token: an optional "-" (leave out), optional "field:", then a quoted phrase or a run of non-spaces.
const TOKEN = /(-)?(?:(\p{L}+):)?("[^"]*"?|[^\s"]*)/gu;
/** "NOT" in capitals, as in most search engines, leaves out the next word; "not" in lower case is a word. */
const NOT = "NOT";

export function parseQuery(text: string): ParsedQuery {
  const words: Array<Omit<QueryWord, "required">> = [];
  let notBefore = false;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, minus, fieldName, value] = match;
    if (!whole) continue;
    if (whole === NOT) {
      notBefore = true;
      continue;
    }
    const excluded = Boolean(minus) || notBefore;
    notBefore = false;
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
    for (const span of wordSpans(value)) if (span.terms[0]) words.push({ term: span.terms[0], fields, fuzzy: fuzzy && !excluded, excluded });
  }
  if (words.length === 0) {
    return text.trim()
      ? { ok: false, message: `“${text.trim()}” has no letters or digits to search for. Type a company, a city or any word, for example hefei.` }
      : { ok: true, words: [] };
  }
  const wanted = words.filter((w) => !w.excluded);
  if (wanted.length === 0) {
    return { ok: false, message: `“${text.trim()}” only leaves articles out. Add a word to search for, for example hefei -nio.` };
  }
  // Common words are indexed only in the short name fields, so requiring them would hide articles;
  // a query of nothing but common words still has to find something, so there they are required.
  const allCommon = wanted.every((w) => w.fields === null && isStopWord(w.term));
  return { ok: true, words: words.map((w) => ({ ...w, required: !w.excluded && (allCommon || w.fields !== null || !isStopWord(w.term)) })) };
}
