// Generated inputs for the fuzz runs: dirty article text, random bytes, odd front matter, odd file names.
// Pieces of the real seeds are mixed with the shapes that break parsers (unclosed YAML, lone surrogates,
// long runs that tempt regular expressions into backtracking), so generated text reaches deep code paths.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./support/build";

const seedLines = readdirSync(path.join(ROOT, "content"))
  .filter((f) => !f.startsWith(".")) // the publication record's folder
  .flatMap((f) => readFileSync(path.join(ROOT, "content", f), "utf8").split("\n"))
  .filter((l) => l.trim());

const FRAGMENTS = [
  // front matter and headers
  "---", "--- ", "---js", "...", "date 2021-04-07", "  date 2021-02-30", "date 1999-13-01", "title: NIO in Hefei", "date: banana",
  "date: 2021-04-07", "date: 2021-13-45", "date: 0000-00-00", "date: .nan", "date: -.inf", "date: 99999", "partners: [a, b",
  "partners: [NIO, {name: E-Town}, 3]", "company: [1, 2]", "company: ~", "city: {city: Hefei, country: China}",
  "location: {city: [x]}", "figures: [{value: 1e309, unit: USD}]", "figures: [{value: 10, unit: '%'}]", "a: &a [1, 2]",
  "b: [*a, *a, *a]", "? complex key", "!!binary aGVsbG8=", "title: !!js/function 'function(){}'", "title: '<script>x</script>'",
  "\ttab: indented", "key: value: more",
  // markdown and HTML
  "# Heading", "## ", "![photo](x.png)", "[link](javascript:alert(1))", "<javascript:alert(1)>", "```", "| a | b |", "|---|",
  "> quote", "* item", "1. item", "<script>window.__x=1</script>", "</script>", "<img src=x onerror=alert(1)>", "<!--", "&amp;", "&#0;",
  // facts
  "$10 billion", "RMB 100 billion", "180%", "10,000 vehicles", "1e308", "¥", "€ 3.5 bn", "Q3 2021", "31/02/2021", "April 7",
  "in May", "last year", "2021-11-28", "NIO", "Nio", "Xiaomi", "Hefei", "Beijing", "E-Town", "Lingang Group", "Mr. Li said",
  "Photo: Reuters", "Leave a Reply", "Articles: 12", "(", ")", "\"", "“", "”", "'s",
  // unicode and whitespace
  "\uFEFF", "\u2028", "\u2029", "\uD800", "\uDFFF", "e\u0301", "\u202E", "😀", "报道", "\u200B", "\u0000", "\u0007", "\r\n", "\r", "\t",
  "   ", "\n\n\n",
  // long runs
  "a".repeat(3000), "NIO ".repeat(1500), "(".repeat(800), "1".repeat(400), ".".repeat(800), "A. ".repeat(400), "$".repeat(500),
  "-".repeat(300), "Hefei, ".repeat(300), "1,".repeat(400), "\n".repeat(500), "date ".repeat(300),
];

const SEPARATORS = ["", " ", "\n", "\n\n", ": ", ", ", ". ", "\r\n", "\t"];

/** A piece of text: a fragment, a seed line, or random characters of any kind. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** Article text as an editor or a scraper might leave it. */
export const articleText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** File bytes: mostly text (UTF-8 or Latin-1 encoded), sometimes random bytes. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 5, arbitrary: articleText.map((t) => new Uint8Array(Buffer.from(t, "utf8"))) },
  { weight: 1, arbitrary: articleText.map((t) => new Uint8Array(Buffer.from(t, "latin1"))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

/** Front matter straight to the extractor: the known fields holding any value YAML can give (dates, binary too). */
export const frontMatter: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom("title", "date", "company", "city", "region", "country", "location", "partners", "figures", "summary", "other"),
  fc.oneof(fc.anything({ withDate: true, withTypedArray: true }), articleText),
  { maxKeys: 6 },
);

const NAME_PARTS = ["a", "A b", "a-b", "报道", "ünïcode", "with space", ".hidden", "x".repeat(120), "e\u0301", "😀", "2021", "-", "_"];
const EXTENSIONS = [".txt", ".md", ".markdown", ".TXT", ".png", "", ".DS_Store", ".txt.bak"];

/** A content-folder path: nested folders, spaces, non-ASCII letters, names that collide after slugify. */
export const fileName: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom("nested", "a b", "ü", "报道", "deep"), { maxLength: 3 }), fc.constantFrom(...NAME_PARTS), fc.constantFrom(...EXTENSIONS))
  .map(([dirs, name, ext]) => [...dirs, name + ext].join("/"));

/** A small archive: a few files with names and bytes. Later duplicates of a path are dropped. */
export const archive = fc.uniqueArray(fc.tuple(fileName, fileBytes), { minLength: 1, maxLength: 8, selector: ([name]) => name.toLowerCase() });
