// Synthetic archives for the benchmark: articles made from content/ and from our own templates, with other
// companies, cities, partners, numbers and dates. Deterministic: article i is the same for every archive size.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { limitedQueue } from "../src/util/map-limited";
import { seededRandom, type Random } from "./random";
import { BYLINES, CITIES, COMPANIES, MONTHS, OWN_TEMPLATES, PARTNERS, type City } from "./vocabulary";

export type GeneratedFile = { path: string; text: string };

/** What each article is about, chosen from its own seed. */
type Subject = { company: string; place: City; partner: string; year: number; month: number; day: number; random: Random };

const SEED_COMPANIES = /\b(?:NIO|Nio|Xiaomi)\b/g;
const SEED_CITIES = /\b(?:Hefei|Shanghai|Beijing)\b/g;
const MONTH_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/g;
const YEAR = /\b20[12]\d\b/g;
const NUMBER = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g;
const DATE_HEADER = /^\s*date \d{4}-\d{2}-\d{2}\s*\n/;

/** The article templates: the texts of content/ and our own. */
export async function loadTemplates(contentDir: string): Promise<string[]> {
  const names = (await readdir(contentDir)).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const seeds = await Promise.all(names.map((n) => readFile(path.join(contentDir, n), "utf8")));
  return [...seeds.map((s) => s.replace(DATE_HEADER, "")), ...OWN_TEMPLATES];
}

const pad = (n: number) => String(n).padStart(2, "0");

function scaleNumber(text: string, random: Random): string {
  const value = Number(text.replace(/,/g, ""));
  // Years are dates, changed with the dates; 0 and 1 often are words ("one of").
  if (!Number.isFinite(value) || value < 2 || (/^(19|20)\d\d$/.test(text))) return text;
  const scaled = Math.max(2, Math.round(value * (0.3 + random.next() * 2)));
  return text.includes(",") ? scaled.toLocaleString("en") : String(scaled);
}

function dateText(s: Subject, withYear: boolean): string {
  return `${MONTHS[s.month - 1]} ${s.day}${withYear ? `, ${s.year}` : ""}`;
}

function fillTemplate(template: string, s: Subject, fromContent: boolean): string {
  const { random } = s;
  if (fromContent) {
    return template
      .replace(SEED_COMPANIES, s.company)
      .replace(SEED_CITIES, s.place.city)
      .replace(NUMBER, (n) => scaleNumber(n, random))
      .replace(MONTH_DAY, () => `${MONTHS[random.int(0, 11)].slice(0, random.chance(0.3) ? 3 : undefined)} ${random.int(1, 28)}`)
      .replace(YEAR, () => String(s.year - random.int(0, 2)));
  }
  return template
    .replace(/\{company\}/g, s.company)
    .replace(/\{city\}/g, s.place.city)
    .replace(/\{partner\}/g, s.partner)
    .replace(/\{date\}/g, () => dateText(s, random.chance(0.5)))
    .replace(/\{year\}/g, String(s.year + 1))
    .replace(/\{n\}/g, () => random.int(2, 400_000).toLocaleString("en"))
    .replace(/\{money\}/g, () => random.pick([`$${random.int(1, 20)} billion`, `RMB ${random.int(1, 90)} billion`, `${random.int(100, 900)} million yuan`]))
    .replace(/\{percent\}/g, () => `${random.int(1, 250)}%`);
}

/** Keep the lead paragraph and most of the others, so lengths vary. */
function sampleParagraphs(text: string, random: Random): string {
  const [lead, ...rest] = text.split(/\n\s*\n/);
  return [lead, ...rest.filter(() => random.chance(0.8))].join("\n\n");
}

/** Article number `index` of the archive made with `seed`: same text whatever the archive's size. */
export function syntheticArticle(templates: string[], index: number, seed = 1): GeneratedFile {
  const random = seededRandom(seed * 1_000_003 + index);
  const place = random.pick(CITIES);
  const s: Subject = {
    company: random.pick(COMPANIES),
    place,
    partner: random.pick(PARTNERS).replace("{city}", place.city),
    year: random.int(2015, 2025),
    month: random.int(1, 12),
    day: random.int(1, 28),
    random,
  };
  const which = random.int(0, templates.length - 1);
  const ownFrom = templates.length - OWN_TEMPLATES.length;
  let text = sampleParagraphs(fillTemplate(templates[which], s, which < ownFrom), random);
  if (random.chance(0.3)) text = `${s.company} and ${s.partner} team up in ${s.place.city}\n\n${text}`;
  if (random.chance(0.3)) text += `\n\n${random.pick(BYLINES)}`;
  const isoDate = `${s.year}-${pad(s.month)}-${pad(s.day)}`;
  if (random.chance(0.15)) {
    const date = random.chance(0.7) ? isoDate : `${s.year}-${pad(s.month)}`;
    text = `---\ntitle: ${s.company} news from ${s.place.city} (${index})\ndate: ${date}\ncompany: ${s.company}\ncity: ${s.place.city}\ncountry: ${s.place.country}\n---\n${text}`;
  } else if (random.chance(0.2)) {
    text = ` date ${isoDate} \n\n${text}`;
  }
  const ext = random.chance(0.3) ? "md" : "txt";
  return { path: `batch-${String(Math.floor(index / 500)).padStart(3, "0")}/${String(index).padStart(5, "0")}.${ext}`, text: `${text}\n` };
}

/** Write `count` articles under `dir`; returns their paths relative to it. */
export async function generateArchive(options: { dir: string; count: number; templates: string[]; seed?: number }): Promise<string[]> {
  const files = Array.from({ length: options.count }, (_, i) => syntheticArticle(options.templates, i, options.seed));
  for (const folder of new Set(files.map((f) => path.dirname(f.path)))) await mkdir(path.join(options.dir, folder), { recursive: true });
  // 50,000 files at once would run out of file handles: a bounded number in flight.
  const writes = limitedQueue(64, (f: GeneratedFile) => writeFile(path.join(options.dir, f.path), f.text));
  for (const file of files) writes.add(file);
  await writes.done();
  return files.map((f) => f.path);
}
