// A content folder of Markdown articles written the way authors write them (GitHub-flavoured Markdown,
// images beside the articles, a remote image, footnotes), and the warnings its build must give.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { sharedBuild } from "./build";

/** A valid RGB PNG of the given size (one colour), made here so the fixture needs no binary files. */
export function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x4a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

const GIF_1X1 = Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64");
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#2a6"/></svg>\n`;
// Harmless in an <img>, but opened on its own it would run in the site's origin.
const ACTIVE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>\n`;
const PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

export const MARKDOWN_ARTICLES: Record<string, string | Buffer> = {
  "tesla-gruenheide.md": `---
date: 2022-03-22
---
# Tesla Opens Its Factory in Grünheide

Tesla opened **Gigafactory Berlin-Brandenburg** in *Grünheide*, Germany, on Tuesday, its first car plant in Europe.

![The plant seen from the air](plant.png)

## The plant in numbers

| metric | value |
|:-------|------:|
| area | 300 hectares |
| investment | $5 billion |

- The site will employ 12,000 people.
- [x] Model Y production started
- [ ] Battery cells from 2023

The old plan was ~~500,000 cars~~ and the plant will make 500,000 vehicles a year.[^1]

Details at https://www.example.com/tesla and in the [site plan](docs/site-plan.pdf).

\`\`\`
code block with 123 numbers and 999 units
\`\`\`

Some \`inline 777 code\` stays code.

[^1]: The figure counts Model Y only.
`,
  "docs/site-plan.pdf": PDF,
  "plant.png": png(64, 40),
  "catl-arnstadt.md": `---
date: 2023-01-26
---
CATL started cell production at its plant in Arnstadt, Germany, with a capacity of 14 GWh, the company said.

![](logo.gif)

![Map of the site](maps/arnstadt.svg)

![Ground breaking](missing-photo.jpg)

![Remote photo](https://images.example.com/arnstadt.jpg)

> CATL said the plant will supply **BMW** and other carmakers in Europe.

![Cell chemistry diagram](maps/chemistry.svg)
`,
  "reports/byd-szeged.md": `---
title: BYD picks Szeged for its first European car plant
date: 2023-12-22
---
# BYD in Hungary

### Why Szeged

BYD will build a passenger car plant in Szeged, Hungary, with an annual capacity of 200,000 vehicles, the company said.

# The deal

1. Land of 300 hectares on the city's south side
2. Production from 2025

![Site plan of the Szeged plant][plan]

[plan]: ../plant.png "The site plan"
`,
  "logo.gif": GIF_1X1,
  "maps/arnstadt.svg": SVG,
  "maps/chemistry.svg": ACTIVE_SVG,
  "unused-diagram.png": png(8, 8),
};

/** The warnings the build must give for this archive: file, line (when it has one) and what the reason says. */
export const EXPECTED_WARNINGS: Array<{ file: string; line?: number; reason: RegExp }> = [
  { file: "catl-arnstadt.md", line: 6, reason: /image "logo\.gif" has no alt text/ },
  { file: "catl-arnstadt.md", line: 10, reason: /image "missing-photo\.jpg" not found beside the article/ },
  { file: "catl-arnstadt.md", line: 12, reason: /remote image https:\/\/images\.example\.com\/arnstadt\.jpg is shown as a link/ },
  { file: "catl-arnstadt.md", line: 16, reason: /image "maps\/chemistry\.svg" not shown: the file holds active content \(onload\)/ },
  { file: "maps/chemistry.svg", reason: /SVG holds active content \(onload\): not published/ },
  { file: "unused-diagram.png", reason: /no article references/ },
];

/** Write the archive to a fresh temporary folder and return its path. */
export async function writeMarkdownArchive(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-markdown-"));
  for (const [file, content] of Object.entries(MARKDOWN_ARTICLES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** The Markdown archive built once a test run (its stderr holds the warnings). */
// With a base URL: its warnings are the files' alone.
export const markdownSite = () => sharedBuild("markdown", async () => ({ content: await writeMarkdownArchive(), args: ["--base-url", "https://news.example.org"] }));
