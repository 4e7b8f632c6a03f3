import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./build";

const seed = (n: string) => path.join(ROOT, "content", (({ "000": "000_9e73502c10b69479", "001": "001_862c2e2a97238c1d", "002": "002_b268d5649adb2b62" }) as Record<string, string>)[n] + ".txt");

/** What each messy file is, and the words its warning must contain (null: no warning expected). */
export const MESSY_FILES: Record<string, { published: boolean; warning: RegExp | null }> = {
  "good.txt": { published: true, warning: null },
  "nested/deeper/With spaces ünïcode.txt": { published: true, warning: null },
  "报道.txt": { published: true, warning: /no Latin letters.*\/articles\/2021\/04\/article-[0-9a-f]{8}\// },
  "empty.txt": { published: false, warning: /no article text/ },
  "blank.md": { published: false, warning: /no article text/ },
  "zip.txt": { published: false, warning: /binary file/ },
  "latin1.txt": { published: true, warning: /invalid UTF-8/ },
  "badfm.md": { published: true, warning: /malformed front matter \(.+\)/ },
  "banana.md": { published: true, warning: /date/i },
  ".DS_Store": { published: false, warning: /not an article/ },
  // An image beside the articles is media, not a skipped article: unreferenced, it is reported and not published.
  "photo.png": { published: false, warning: /media file no article references; not published/ },
  "Same Name.txt": { published: true, warning: null },
  "same-name.txt": { published: true, warning: /same URL \/articles\/2021\/06\/same-name\/ as "Same Name\.txt"; both kept, this one at \/articles\/2021\/06\/same-name-2\// },
  "huge.txt": { published: true, warning: /very large article \(10\.0 MB\): only the first \d+ KB are published/ },
};

/** A content folder holding every kind of bad input the archive must survive, next to good articles. */
export async function makeMessyContent(options: { huge?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-messy-"));
  const put = async (rel: string, data: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), data);
  };
  await copyFile(seed("000"), path.join(dir, "good.txt"));
  await mkdir(path.join(dir, "nested/deeper"), { recursive: true });
  await copyFile(seed("001"), path.join(dir, "nested/deeper/With spaces ünïcode.txt"));
  await put("报道.txt", "---\ntitle: 蔚来与合肥签约\ndate: 2021-04\n---\n" + (await readFile(seed("002"), "utf8")));
  await put("empty.txt", "");
  await put("blank.md", "  \n\t\n   \n");
  await put("zip.txt", Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00binary", "latin1"));
  await put("latin1.txt", Buffer.from("Xiaomi opened a caf\xe9 at its plant in Beijing on 3 May 2022.\n", "latin1"));
  await put("badfm.md", "---\ntitle: NIO signs with Hefei\ncompany: NIO: Hefei\n---\nNIO signed an agreement with the Hefei government on 7 April 2021.\n");
  await put("banana.md", "---\ndate: banana\n---\nNIO delivered 10,000 vehicles from Hefei in May 2021.\n");
  await put(".DS_Store", Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  await put("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  // Two articles with the same headline and month: the same natural URL.
  await put("Same Name.txt", "---\ntitle: Same name\n---\nNio opened a battery swap station in Shanghai in June 2021.\n");
  await put("same-name.txt", "---\ntitle: Same name\n---\nXiaomi started production in Beijing in June 2021.\n");
  if (options.huge === false) return dir;
  const line = "NIO is building a battery plant in Hefei with its partners, the company said. ".repeat(3) + "\n";
  await put("huge.txt", line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
  return dir;
}
