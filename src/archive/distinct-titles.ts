// Titles a reader can tell apart: articles whose titles come out the same (one headline over many
// stories, one lead template) each get a short qualifier from their own facts, "(Hefei, May 2021)",
// the fewest facts that tell the group apart; stories no fact tells apart are numbered ("story 2 of 5").
// The editor's titles are left as they are.
import type { ExtractedEntry } from "../entry";
import { TITLE_LIMIT, shorten } from "../extract/title";
import { MONTHS } from "../facts/format";

type Titled = Pick<ExtractedEntry, "title" | "titleBy" | "date" | "location" | "partners"> & Partial<Pick<ExtractedEntry, "company" | "figures">>;
type Part = (entry: Titled, base: string) => string | null;

const folded = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");
const notIn = (base: string, name: string | null | undefined): string | null => (name && !folded(base).includes(folded(name)) ? name : null);
const place: Part = (e, base) => notIn(base, e.location.city ?? e.location.country);
const date: Part = (e) => (e.date.year === null ? null : e.date.month === null ? String(e.date.year) : `${MONTHS[e.date.month - 1]} ${e.date.year}`);
const partner: Part = (e, base) => e.partners.map((p) => notIn(base, p.name)).find(Boolean) ?? null;
const company: Part = (e, base) => notIn(base, e.company?.name);
const figure: Part = (e) => e.figures?.[0]?.text ?? null;
// Tried in order for a group of equal titles (who, where, when, with whom, how much).
const SCHEMES: Part[][] = [[company], [place], [company, place], [date], [company, place, date], [company, place, date, partner], [company, place, date, figure]];
/** A qualifier leaves the title itself at least this long (or whole). */
const MIN_BASE = 60;

/** The qualifier from its parts, dropping the last ones (and then cutting) where they would leave too little of the title. */
function qualifierOf(parts: string[], base: string): string | null {
  const room = TITLE_LIMIT - 3 - Math.min(base.length, MIN_BASE);
  while (parts.length > 1 && parts.join(", ").length > room) parts = parts.slice(0, -1);
  return parts.length ? shorten(parts.join(", "), room) : null;
}

/**
 * The scheme's qualifier for an entry, its parts checked against the title as it will show: a qualifier
 * shortens the title, which may cut off a name the title held ("… city of Jakarta" → "… city of…").
 */
function fittedQualifier(scheme: Part[], entry: Titled, base: string): string | null {
  let shown = base;
  let qualifier: string | null = null;
  for (let round = 0; round < 3; round++) {
    qualifier = qualifierOf(scheme.flatMap((part) => part(entry, shown) ?? []), base);
    const next = qualifier ? shorten(base, TITLE_LIMIT - qualifier.length - 3) : base;
    if (next === shown) break;
    shown = next;
  }
  return qualifier;
}

/** The title within the length limit, with its qualifier when it has one. */
function titled(base: string, qualifier: string | null): string {
  if (!qualifier) return shorten(base, TITLE_LIMIT);
  return `${shorten(base, TITLE_LIMIT - qualifier.length - 3)} (${qualifier})`;
}

/** Per entry, the title to show and the qualifier added to it (null when none was needed). */
export function distinctTitles(entries: Titled[]): Array<{ title: string; qualifier: string | null }> {
  const out = entries.map((e) => ({ title: e.titleBy === "editor" ? e.title : titled(e.title, null), qualifier: null as string | null }));
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    // Titles that read the same once fitted to the limit are one group: "…" can hide what told them apart.
    const key = out[i].title.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    const open = members.filter((i) => entries[i].titleBy !== "editor");
    if (members.length < 2 || open.length === 0) continue;
    // Each article takes the first scheme whose qualifier no other article of the group shares under it.
    const bySchemes = SCHEMES.map((scheme) => open.map((i) => fittedQualifier(scheme, entries[i], out[i].title)));
    const chosen = open.map((_, n) => {
      const unique = bySchemes.find((qualifiers) => qualifiers[n] !== null && qualifiers.filter((q) => q === qualifiers[n]).length === 1);
      return (unique ?? bySchemes.at(-1)!)[n];
    });
    // Stories whose facts do not tell them apart (one text filed several times) are numbered, in archive order, after what facts there are.
    const repeats = new Map<string | null, number[]>();
    open.forEach((i, n) => repeats.set(chosen[n], [...(repeats.get(chosen[n]) ?? []), n]));
    for (const same of repeats.values()) {
      if (same.length < 2) continue;
      same.forEach((n, k) => (chosen[n] = `${chosen[n] ? `${chosen[n]}; ` : ""}story ${k + 1} of ${same.length}`));
    }
    open.forEach((i, n) => (out[i] = { title: titled(out[i].title, chosen[n]), qualifier: chosen[n] }));
  }
  numberRepeats(entries, out);
  return out;
}

/** What of an entry its distinct title is made from (the fields the parts above read). */
const titleInputs = (e: Titled) =>
  JSON.stringify([e.title, e.titleBy, e.date.year, e.date.month, e.location.city, e.location.country, e.partners.map((p) => p.name), e.company?.name, e.figures?.[0]?.text]);

// A watching process asks again after every saved file, mostly for the same titles.
let lastTitled: { entries: Titled[]; titles: Array<{ title: string; qualifier: string | null }> } | null = null;

/** `distinctTitles`, the last call's answer when the entries, in the same order, are the same or have the same title inputs. */
export function distinctTitlesAgain(entries: Titled[]): Array<{ title: string; qualifier: string | null }> {
  const last = lastTitled;
  const same = last !== null && entries.length === last.entries.length && entries.every((e, i) => e === last.entries[i] || titleInputs(e) === titleInputs(last.entries[i]));
  const titles = same ? last.titles : distinctTitles(entries);
  lastTitled = { entries, titles };
  return titles;
}

const STORY = /(?:; )?story \d+ of \d+$/;

/**
 * Titles of different groups can still come out the same once shortened to make room for a qualifier
 * (what told them apart was cut off): those are numbered together. The qualifier ends the title and is
 * never cut, so numbered titles differ.
 */
function numberRepeats(entries: Titled[], out: Array<{ title: string; qualifier: string | null }>): void {
  const shown = new Map<string, number[]>();
  out.forEach((t, i) => {
    if (entries[i].titleBy === "editor") return;
    // Numbered already in their group or not, titles that read the same without their numbers are numbered together.
    const key = t.title.toLowerCase().replace(/(?:; )?story \d+ of \d+\)$/, ")").replace(/ \(\)$/, "");
    const same = shown.get(key);
    if (same) same.push(i);
    else shown.set(key, [i]);
  });
  for (const same of shown.values()) {
    if (same.length < 2) continue;
    same.forEach((i, k) => {
      const facts = out[i].qualifier?.replace(STORY, "") ?? "";
      const qualifier = `${facts ? `${facts}; ` : ""}story ${k + 1} of ${same.length}`;
      out[i] = { title: titled(shorten(entries[i].title, TITLE_LIMIT), qualifier), qualifier };
    });
  }
}
