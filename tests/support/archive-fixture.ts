import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sharedBuild } from "./build";
import { readPublicationRecord } from "../../src/load/publication-record";

/** One article of the browsing fixture, as its front matter states it (the editor's word wins over extraction). */
export interface FixtureArticle {
  file: string;
  title: string;
  date?: string;
  company?: string;
  city?: string;
  country?: string;
  partners?: string[];
  figures?: Array<{ value: number; unit: string; text: string }>;
}

const COMPANIES = [
  { company: "NIO", city: "Hefei", country: "China", partners: ["Hefei government", "JAC Motor"] },
  { company: "Xiaomi", city: "Beijing", country: "China", partners: ["E-Town"] },
  { company: "BYD", city: "Shenzhen", country: "China", partners: [] },
  { company: "Tesla", city: "Berlin", country: "Germany", partners: ["Brandenburg"] },
];

/**
 * Enough articles for two home pages, with every kind of date (full, month only, year only, no year,
 * none), one article placed only by country, figures in several units, and a title with markup in it.
 */
export function fixtureArticles(): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  for (let i = 0; i < 56; i++) {
    const who = COMPANIES[i % COMPANIES.length];
    const year = 2018 + (i % 6);
    const month = 1 + (i % 12);
    articles.push({
      file: `a${String(i).padStart(3, "0")}.md`,
      title: `${who.company} update number ${i}`,
      date: i % 7 === 3 ? `${year}` : i % 5 === 4 ? `${year}-${String(month).padStart(2, "0")}` : `${year}-${String(month).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      ...who,
      figures: i % 4 === 0 ? [{ value: (i + 1) * 1e8, unit: "USD", text: `$${(i + 1) / 10} billion` }] : [],
    });
  }
  articles.push(
    { file: "no-year.md", title: "NIO opens a plant, year not given", date: "April 7", company: "NIO", city: "Hefei", country: "China", partners: ["JAC Motor"], figures: [{ value: 40, unit: "GWh", text: "40 GWh" }] },
    { file: "no-date.md", title: "Xiaomi <b>&</b> \"E-Town\" sign", company: "Xiaomi", city: "Beijing", country: "China", partners: ["E-Town"], figures: [{ value: 180, unit: "%", text: "180%" }, { value: 300000, unit: "vehicles/year", text: "300,000 cars a year" }] },
    { file: "country-only.md", title: "A battery maker looks at Germany", date: "2022-03", company: "CATL", country: "Germany" },
  );
  return articles;
}

function yaml(article: FixtureArticle): string {
  const lines = [`title: ${JSON.stringify(article.title)}`];
  if (article.date) lines.push(`date: ${JSON.stringify(article.date)}`);
  for (const key of ["company", "city", "country"] as const) if (article[key]) lines.push(`${key}: ${JSON.stringify(article[key])}`);
  if (article.partners) lines.push(`partners: ${JSON.stringify(article.partners)}`);
  if (article.figures) lines.push(`figures: ${JSON.stringify(article.figures)}`);
  return lines.join("\n");
}

/** Write the fixture archive into a fresh temporary content folder and return its path. */
export async function writeFixtureArchive(articles = fixtureArticles()): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-browse-"));
  for (const article of articles) {
    const body = `${article.title}.\n\nThe plan was announced to reporters. It is part of a wider push into electric vehicles.\n`;
    await writeFile(path.join(dir, article.file), `---\n${yaml(article)}\n---\n${body}`);
  }
  return dir;
}

/** Rewrite one front matter field of the article file at `file`. */
export async function editFrontMatter(file: string, field: string, value: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const changed = text.replace(new RegExp(`^${field}: .*$`, "m"), `${field}: ${JSON.stringify(value)}`);
  assert.notEqual(changed, text, `${file} has a ${field} to edit`);
  await writeFile(file, changed);
}

/** The fixture archive, built once a test run (`sharedBuild`). */
export const fixtureSite = () => sharedBuild("fixture", async () => ({ content: await writeFixtureArchive() }));
/** Where a published article of `archive` is, as a path in the site ("articles/2021/04/nio-update/"), from the archive's publication record. */
export async function articlePath(archive: string, source: string): Promise<string> {
  const url = (await readPublicationRecord(archive)).record[source]?.urls.at(-1);
  assert.ok(url, `${source} is in the publication record of ${archive}`);
  return url.slice(1);
}
