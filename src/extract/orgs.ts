import data from "../data/organisations.json" with { type: "json" };
import { wordSpans, type NamePhrase } from "./names";

export type MakerKind = "carmaker" | "battery" | "tech";
export type Maker = { name: string; kind: MakerKind; aliases: string[] };

const byAlias = new Map<string, Maker>();
for (const maker of data.makers as Maker[]) for (const alias of maker.aliases) byAlias.set(alias, maker);
const media = new Set(data.media);
const exchanges = new Set(data.exchanges);
const MAX_ALIAS_WORDS = Math.max(...[...byAlias.keys()].map((a) => a.split(" ").length));
// The first word of every alias: most words of a phrase start none, and are passed over without building any candidate alias.
const ALIAS_FIRST_WORDS = new Set([...byAlias.keys()].map((a) => /^\S+/.exec(a)![0]));

export const makerByAlias = (alias: string): Maker | undefined => byAlias.get(alias);
export const isMedia = (name: string): boolean => media.has(name) || media.has(name.replace(/^The /, ""));
export const isExchange = (name: string): boolean => exchanges.has(name);

export type MakerMention = { maker: Maker; start: number; end: number };

/** Known makers named inside a phrase, longest alias first ("JAC NIO factory" → JAC, NIO). */
export function makersIn(phrase: NamePhrase): MakerMention[] {
  // Most phrases are one word: a single lookup, without splitting.
  if (!/\s/.test(phrase.text)) {
    const maker = byAlias.get(phrase.text);
    return maker ? [{ maker, start: phrase.start, end: phrase.start + phrase.text.length }] : [];
  }
  let found = namedIn.get(phrase.text);
  if (!found) {
    found = aliasesIn(phrase.text);
    if (namedIn.size >= NAMED_IN) namedIn.clear();
    namedIn.set(phrase.text, found);
  }
  return found.map((m) => ({ maker: m.maker, start: phrase.start + m.start, end: phrase.start + m.end }));
}

// Company, partner and place extraction ask this of the same names again and again: answers are kept, up to a bound.
const namedIn = new Map<string, MakerMention[]>();
const NAMED_IN = 20_000;

/** The makers a name of several words names, offsets within it. */
function aliasesIn(text: string): MakerMention[] {
  const words = wordSpans(text);
  const out: MakerMention[] = [];
  let i = 0;
  while (i < words.length) {
    if (!ALIAS_FIRST_WORDS.has(words[i].word)) { i++; continue; }
    let found = 0;
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n > 0 && !found; n--) {
      const start = words[i].start, end = words[i + n - 1].end;
      const maker = byAlias.get(text.slice(start, end));
      if (maker) {
        out.push({ maker, start, end });
        found = n;
      }
    }
    i += found || 1;
  }
  return out;
}
