// The site settings file (site.config.json where the command runs, or --settings FILE): the archive's
// title, description, language, publisher, deployment address and page size, like the metadata data
// file of an Eleventy site. Read and checked here; each mistake is an error naming the file and the field.
import { readFile } from "node:fs/promises";

/** What the settings file may set. Every field is optional; command-line flags override the file. */
export interface SiteSettings {
  /** The site's name, in every page title, the header and the feeds. */
  title?: string;
  /** One sentence: what the archive is (home page description, feeds). */
  description?: string;
  /** BCP 47 language of the site ("en", "en-GB"). */
  language?: string;
  /** Who publishes the archive: the feeds' author and the JSON-LD publisher (default: the title). */
  publisher?: string;
  /** Where the site is deployed, without the path ("https://news.example.org"): canonical links, feeds, sitemap. */
  baseUrl?: string;
  /** The folder it is deployed under ("/" or "/archive/"). */
  pathPrefix?: string;
  /** Articles a home page lists before the next page. */
  itemsPerPage?: number;
}

export const SETTINGS_FILE = "site.config.json";

type Check = { expected: string; valid: (value: unknown) => boolean };
const text: Check = { expected: "a non-empty string", valid: (v) => typeof v === "string" && v.trim() !== "" };

/** The schema: each field and what it must be. */
const FIELDS: Record<keyof SiteSettings, Check> = {
  title: text,
  description: text,
  language: { expected: 'a language tag ("en", "en-GB")', valid: (v) => typeof v === "string" && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(v) },
  publisher: text,
  baseUrl: {
    expected: 'an absolute http(s) URL without a path ("https://news.example.org")',
    valid: (v) => typeof v === "string" && /^https?:\/\/[^/\s?#]+\/?$/.test(v),
  },
  pathPrefix: { expected: 'a folder path ("/" or "/archive/")', valid: (v) => typeof v === "string" && /^\/?([A-Za-z0-9._~-]+\/?)*$/.test(v) },
  itemsPerPage: { expected: "a whole number from 1 to 1000", valid: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000 },
};

export class SettingsError extends Error {}

/** Letters to insert, delete or change to turn `a` into `b`: a mistyped field name is 1 or 2 from the right one. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const show = (v: unknown) => (v === undefined ? "nothing" : JSON.stringify(v));

/** Check parsed settings; throws a SettingsError naming `file` and the first wrong field. */
export function checkSettings(value: unknown, file: string): SiteSettings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SettingsError(`${file}: should hold one JSON object of settings, got ${show(value)}`);
  for (const [field, v] of Object.entries(value)) {
    if (field === "$schema") continue;
    const check = FIELDS[field as keyof SiteSettings];
    if (!check) {
      const near = Object.keys(FIELDS).find((known) => editDistance(known.toLowerCase(), field.toLowerCase()) <= 2);
      throw new SettingsError(`${file}: unknown setting "${field}"${near ? ` (did you mean "${near}"?)` : ""}; the settings are ${Object.keys(FIELDS).join(", ")}`);
    }
    if (!check.valid(v)) throw new SettingsError(`${file}: "${field}" should be ${check.expected}, got ${show(v)}`);
  }
  return value as SiteSettings;
}

/** The settings in `file`; none when `required` is false and the file does not exist. */
export async function readSettingsFile(file: string, required: boolean): Promise<SiteSettings> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    if (!required && (error as { code?: string }).code === "ENOENT") return {};
    throw new SettingsError(`${file}: not readable (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new SettingsError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return checkSettings(parsed, file);
}
