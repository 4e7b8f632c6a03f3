// Proper-name phrases ("Hefei University of Technology", "JAC Motor", "Lingang Group") found by
// capitalisation, the cheap signal that survives scraping. Shared by company and partner extraction.

export type NamePhrase = { text: string; start: number; end: number; possessive: boolean };

// Words that end a company's name ("Voltrix Motors", "Xiaomi Corp").
export const COMPANY_SUFFIX = new Set(
  ("Inc Inc. Incorporated Pvt Private Corp Corp. Corporation Co Co. Ltd Ltd. Limited Group Holding Holdings Motor Motors Auto Automotive " +
    "Automobile Automobiles Technology Technologies Tech Energy Battery Batteries Power Mobility Cars EV AG SE GmbH " +
    "plc PLC LLC N.V. S.A. Industries Manufacturing Materials Lithium").split(" "),
);

// Words that name institutions, not companies: governments, universities, regulators, zones.
export const INSTITUTION_WORDS = new Set(
  ("University Institute College Academy School Committee Commission Ministry Government Administration Bureau " +
    "Department Council Association Agency Authority Zone Area Park District Province City Municipality Municipal " +
    "Office Center Centre Laboratory Lab Court Parliament Congress Senate State Federation Chamber Fund").split(" "),
);

// Capitalised words that start sentences or clauses without being part of a name.
const LEADING_STOP = new Set(
  ("The A An This That These Those It Its In On At By For From After Before Since According However Under With As Together " +
    "Besides Currently Meanwhile Located Also And But While When Amid Amidst To If Although Some Many Most Both " +
    "Each Other Such Our Their His Her We He She They Last Next Earlier Later Today Now Then Yet So Once Over " +
    "About Among Into Despite During Through Unlike Like Including Following Compared Following Here There What " +
    "Why How Who Which Where Because Further Furthermore Moreover Additionally Previously Recently Separately").split(" "),
);

// "William Li, the company's founder" / "said Yuan Guohua" / "CEO of Nio": people and their offices.
const PERSON_AFTER = /^,\s+(?:the\s+)?(?:company['’]s\s+)?(?:co-)?(?:founder|chairman|chairwoman|ceo|president|chief|head|director|vice|general manager|spokes\w+|secretary|mayor|governor|minister|deputy|analyst)\b/i;
const OFFICE = /^(?:CEO|CFO|CTO|COO|Chairman|Chairwoman|President|Founder|Co-founder|Director|Minister|Mayor|Governor|Secretary|Chief|Vice|Deputy|General Manager|Head|Professor|Dr|Mr|Mrs|Ms)\b/;

/** Words of people's names in this article, so that "Li said" is never taken for a company. */
export function personWords(sentences: readonly { text: string; start: number }[], phrases: readonly NamePhrase[][]): Set<string> {
  const words = new Set<string>();
  sentences.forEach((s, i) => {
    for (const p of phrases[i]) {
      const after = s.text.slice(p.end - s.start, p.end - s.start + 60);
      const before = s.text.slice(Math.max(0, p.start - s.start - 6), p.start - s.start);
      if (PERSON_AFTER.test(after) || /\bsaid\s$/.test(before)) for (const w of p.text.split(" ")) words.add(w);
    }
  });
  return words;
}

// An office-holder named with the place or body whose office it is: "Slovak Prime Minister Robert Fico", "Odisha Industries Minister".
const OFFICE_WORD = /Minister|Governor|Premier|Mayor/;
const OFFICE_OF = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+) )?(?:Prime Minister|Chief Minister|Minister|Governor|Premier|Mayor)\b/u;

/** A person or an office ("CEO of Nio", "Slovak Prime Minister Robert Fico") rather than an organisation. */
export function isPerson(name: string, persons: ReadonlySet<string>): boolean {
  return OFFICE.test(name) || (OFFICE_WORD.test(name) && OFFICE_OF.test(name)) || name.split(" ").every((w) => persons.has(w));
}

const CONNECTORS = new Set(["of", "and", "&", "for", "de", "du", "der", "la"]);
const ABBREVIATED = /^(?:Inc|Co|Corp|Ltd|Jr|Sr|St|N\.V|S\.A|U\.S|U\.K)\.$/;

/** `spaced`: exactly one space separates the token from the one before (names never span other gaps). */
type Token = { text: string; start: number; end: number; spaced: boolean };

/** The words of a text as /[\p{L}\p{N}&][\p{L}\p{N}&'’.\-]*\/gu finds them, with their offsets. */
export function wordTokens(text: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  scanTokens(text, (start, end) => out.push({ word: text.slice(start, end), index: start }));
  return out;
}

/** Where each token of wordTokens starts and ends, given to `visit` in order. */
function scanTokens(text: string, visit: (start: number, end: number) => void): void {
  // Every sentence is tokenised: characters are classed by code, the Unicode classes asked only of non-ASCII ones.
  let i = 0;
  while (i < text.length) {
    const first = tokenChar(text, i);
    if (first !== WORD) { i += first === NONE_ASTRAL ? 2 : 1; continue; }
    const start = i;
    i += charLength(text, i);
    for (let kind = tokenChar(text, i); kind === WORD || kind === JOINER; kind = tokenChar(text, i)) i += charLength(text, i);
    visit(start, i);
  }
}

// A character's class in a token: a letter, digit or "&" (WORD) starts and continues one; an apostrophe, period or hyphen (JOINER) only continues one.
const NONE = 0, WORD = 1, JOINER = 2, NONE_ASTRAL = 3;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const charLength = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

function tokenChar(text: string, i: number): number {
  if (i >= text.length) return NONE;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38) return WORD; // a-z A-Z 0-9 &
    return c === 39 || c === 46 || c === 45 ? JOINER : NONE; // ' . -
  }
  if (c === 0x2019) return JOINER; // ’
  const point = text.codePointAt(i)!;
  if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) return WORD;
  return point > 0xffff ? NONE_ASTRAL : NONE;
}

function tokenize(text: string, base: number): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  scanTokens(text, (index, end) => {
    let word = text.slice(index, end);
    // A trailing period ends the sentence unless the word is a known abbreviation ("Inc.").
    if (word.endsWith(".") && !ABBREVIATED.test(word)) word = word.replace(/\.+$/, "");
    tokens.push({ text: word, start: base + index, end: base + index + word.length, spaced: index - last === 1 && text[last] === " " });
    last = index + word.length;
  });
  return tokens;
}

const CAPITALISED = /^(?:\p{Lu}|\p{N}+\p{Lu})/u;
/** Asked of every token: ASCII letters are answered without the Unicode regex. */
function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 97 && c <= 122) return false; // a-z
  return CAPITALISED.test(w);
}
// "Nio's", and the bare apostrophe after a name ending in s: "Agratas' gigafactory".
const POSSESSIVE = /['’]s$|s['’]$/;
// A possessive ends a name ("Nio's relationship"), except inside one ("Xiangyang Municipal People's Government").
const endsName = (w: string) => POSSESSIVE.test(w) && !/^People['’]s$/.test(w);

/**
 * Maximal runs of capitalised words joined only by spaces, with lower-case connectors inside
 * ("University of Science and Technology of China"). "X and Y" splits into two names when X is
 * already a whole name (ends in a company or institution word, or `isKnown` says X or Y is a name),
 * as in "JAC Motor and NIO".
 */
export function namePhrases(text: string, base: number, isKnown: (name: string) => boolean): NamePhrase[] {
  const tokens = tokenize(text, base);
  const out: NamePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text)) { i++; continue; }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && !endsName(run[run.length - 1].text) && tokens[j].spaced) {
      const t = tokens[j];
      if (isCapitalised(t.text)) { run.push(t); j++; continue; }
      const after = tokens[j + 1];
      // "Ford for R1.9 billion": a connector joins words of a name, never a figure.
      if (!CONNECTORS.has(t.text) || !after || !after.spaced || !isCapitalised(after.text) || /\d/.test(after.text)) break;
      // "JAC Motor and NIO" are two names; "Prime Planet Energy & Solutions" is one: "&" joins inside names.
      if (t.text === "and") {
        const left = run.map((r) => r.text).join(" ");
        const lastWord = run[run.length - 1].text;
        // "PT Aneka Tambang and PT Industri Baterai Indonesia": a name after "and" that starts like the first is another.
        if (COMPANY_SUFFIX.has(lastWord) || INSTITUTION_WORDS.has(lastWord) || isKnown(left) || isKnown(after.text) || (run.length > 1 && after.text === run[0].text)) break;
      }
      run.push(t, after);
      j += 2;
    }
    // "Wuhan-based Grand China Electric Vehicles", "Shanghai-headquartered ...": where a company is based describes it, it is not its name.
    if (run.length > 1 && /-(?:based|headquartered)$/.test(run[0].text)) run.shift();
    // "Our Next Energy" is a name; "Our plant" is not.
    while (run.length > 1 && LEADING_STOP.has(run[0].text) && !isKnown(run.map((r) => r.text).join(" "))) run.shift();
    if (!(run.length === 1 && LEADING_STOP.has(run[0].text))) out.push(toPhrase(text, base, run));
    i = j;
  }
  return out;
}

function toPhrase(text: string, base: number, run: Token[]): NamePhrase {
  const last = run[run.length - 1];
  const possessive = POSSESSIVE.test(last.text);
  const end = possessive ? last.end - (/s['’]$/.test(last.text) ? 1 : 2) : last.end;
  return { text: text.slice(run[0].start - base, end - base), start: run[0].start, end, possessive };
}

/** Strip a company suffix chain: "Voltrix Motors Inc." → "Voltrix". Empty when nothing else is left. */
export function nameHead(name: string): string {
  // Asked of every name many times: the words are looked at from the end, without splitting.
  let end = name.length;
  for (let space = name.lastIndexOf(" "); space >= 0 && COMPANY_SUFFIX.has(name.slice(space + 1, end)); space = name.lastIndexOf(" ", space - 1)) end = space;
  return end === name.length ? name : name.slice(0, end);
}

export type WordSpan = { word: string; start: number; end: number };

/** The words of a name (runs of non-space, as /\S+/g finds them) with their offsets, without a regex per name. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i), text[i]);
    if (space && start >= 0) { out.push({ word: text.slice(start, i), start, end: i }); start = -1; }
    else if (!space && start < 0) start = i;
  }
  return out;
}

// What /\s/ matches: ASCII space and controls \t-\r answered by code, other characters (rare in names) by the regex.
const isSpace = (code: number, char: string) => code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(char));

/** "Hefei University of Technology (HUT)": the bracketed acronym names the same organisation. */
const INITIALISM = /^[A-Z]{2,6}$/;

export function collectAcronyms(sentences: readonly { text: string; start: number }[], phrases: readonly NamePhrase[][]): Map<string, string> {
  const map = new Map<string, string>();
  const spelled: string[] = [];
  sentences.forEach((s, i) => {
    for (const p of phrases[i]) {
      const m = /^\s*\(([A-Z][A-Za-z&-]{1,9})\)/.exec(s.text.slice(p.end - s.start, p.end - s.start + 14));
      if (m && !map.has(m[1])) map.set(m[1], p.text);
      if (INITIALISM.test(p.text)) spelled.push(p.text);
    }
  });
  // "Automotive Cells Co. ... ACC": an acronym without brackets spells the initials of a name of as many words.
  const wanted = new Set(spelled.filter((a) => !map.has(a)));
  if (wanted.size) {
    for (const sentence of phrases) {
      for (const { text } of sentence) {
        if (!text.includes(" ")) continue;
        let key = text[0];
        for (let k = 1; k < text.length && key.length <= 6; k++) if (text[k - 1] === " ") key += text[k];
        if (wanted.has(key)) { map.set(key, text); wanted.delete(key); }
      }
    }
  }
  return map;
}
