import { createRequire } from "node:module";

// Spelled-out large quantities ("three million units", "half a billion yuan"). They are rare, and
// compromise reads them well but costs milliseconds per call, so a cheap pattern finds them first
// and compromise, loaded on first need, only reads the few words found.
const SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|half a";
const SPELLED = new RegExp(`\\b(?:${SMALL})(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?\\s+(?:hundred thousand|million|billion|trillion)\\b`, "gi");

type Nlp = (text: string) => { numbers(): { get(): unknown[] } };
let nlp: Nlp | undefined;

export type Spelled = { value: number; start: number; end: number };

// Every sentence is asked, and most name no large number: the word every match ends on is looked for first.
const LARGE = /illion|hundred thousand/i;

export function spelledQuantities(text: string): Spelled[] {
  const out: Spelled[] = [];
  if (!LARGE.test(text)) return out;
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    nlp ??= createRequire(import.meta.url)("compromise") as Nlp;
    const phrase = m[0].replace(/^a /i, "one ");
    const value = nlp(phrase).numbers().get()[0];
    if (typeof value === "number" && Number.isFinite(value)) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
