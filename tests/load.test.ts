import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { formatWarning } from "../src/report/format-warning";
import { parseDocument } from "../src/load/parse-document";
import { cutAtLimit, decodeText, MAX_ARTICLE_BYTES, readContent } from "../src/load/read-content";

const reasons = (warnings: Array<{ reason: string }>) => warnings.map((w) => w.reason).join(" | ");

test("front matter: fields read, the date header still found after it", () => {
  const { document, warnings } = parseDocument("a.md", "---\ntitle: NIO in Hefei\ncompany: NIO\n---\ndate 2021-04-07\nNIO opens a plant.\n");
  assert.deepEqual(warnings, []);
  assert.deepEqual(document?.frontMatter, { title: "NIO in Hefei", company: "NIO" });
  assert.equal(document?.headerDate?.text, "2021-04-07");
  assert.equal(document?.text, "NIO opens a plant.");
});

test("malformed front matter: the YAML error and its line in the file; the article is kept", () => {
  const text = "---\ntitle: ok\ncompany: [NIO\n---\nNIO opens a plant.\n";
  const { document, warnings } = parseDocument("a.md", text);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0].reason, /malformed front matter \(.*flow collection.*\)/);
  const line = warnings[0].line!;
  assert.ok(line >= 3 && line <= 4, `line ${line} points at "company: [NIO" or where the YAML ends`);
  assert.equal(document?.text, "NIO opens a plant.");
  assert.deepEqual(document?.frontMatter, {});
});

test("a YAML error inside the front matter is reported on its own line of the file", () => {
  assert.equal(parseDocument("a.md", "---\ntitle: ok\n\t bad: : :\n---\nText.").warnings[0].line, 3);
  assert.equal(parseDocument("a.md", "---\ntitle: ok\ncity: x\ncompany: NIO: Hefei\n---\nText.").warnings[0].line, 4);
});

test("an opening --- that is never closed stays article text instead of swallowing the article", () => {
  const { document, warnings } = parseDocument("a.md", "---\nNIO and Hefei: a new plant\n\nThe plant opens.");
  assert.match(reasons(warnings), /never closed/);
  assert.match(document!.text, /The plant opens\./);
});

test("front matter that is a list, not a mapping, is ignored with a warning", () => {
  const { document, warnings } = parseDocument("a.md", "---\n- a\n- b\n---\nText.");
  assert.match(reasons(warnings), /not a YAML mapping/);
  assert.deepEqual(document?.frontMatter, {});
});

test("front matter in another language (---js) is never evaluated", () => {
  const g = globalThis as { __frontMatterRan?: number };
  const { document } = parseDocument("a.md", "---js\n{ title: (globalThis.__frontMatterRan = 1, 'x') }\n---\nText.");
  assert.equal(g.__frontMatterRan, undefined);
  assert.deepEqual(document?.frontMatter, {});
});

test("empty and whitespace-only files are skipped with a warning", () => {
  for (const text of ["", "  \n\t\r\n ", "\uFEFF", "---\ntitle: only front matter\n---\n"]) {
    const { document, warnings } = parseDocument("e.txt", text);
    assert.equal(document, null, JSON.stringify(text));
    assert.match(reasons(warnings), /no article text/);
  }
});

test("decoding: invalid UTF-8 is replaced and reported with its line; binaries are refused", () => {
  const latin1 = decodeText("l.txt", Buffer.from("NIO\nCaf\xe9 in Hefei", "latin1"));
  assert.equal(latin1.text, "NIO\nCaf\uFFFD in Hefei");
  assert.match(reasons(latin1.warnings), /invalid UTF-8; 1 undecodable/);
  assert.equal(latin1.warnings[0].line, 2);
  assert.equal(decodeText("z.txt", Buffer.from("PK\x03\x04\x00\x00", "latin1")).text, null);
  const controls = Buffer.alloc(400, 0x01);
  assert.match(reasons(decodeText("c.txt", controls).warnings), /binary/);
  assert.deepEqual(decodeText("ok.txt", Buffer.from("Ünïcödé ok — 报道")).warnings, []);
});

test("cutting a large file never splits a character and prefers a line break", () => {
  const bytes = Buffer.from("ab\n" + "é".repeat(10));
  for (let limit = 4; limit < bytes.length; limit++) {
    const cut = cutAtLimit(bytes, limit);
    assert.ok(cut.length <= limit);
    assert.doesNotThrow(() => new TextDecoder("utf-8", { fatal: true }).decode(cut), `limit ${limit}`);
  }
  const lines = Buffer.from("line one\nline two\nline three");
  assert.equal(Buffer.from(cutAtLimit(lines, 22)).toString(), "line one\nline two\n");
});

test("reading a folder: nested files in stable order, everything else reported, a 10 MB article capped", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-load-"));
  await mkdir(path.join(dir, "nested/deeper"), { recursive: true });
  await mkdir(path.join(dir, ".git"));
  await writeFile(path.join(dir, ".git/HEAD"), "ref");
  await writeFile(path.join(dir, "nested/deeper/b c.md"), "NIO in Hefei.");
  await writeFile(path.join(dir, "a.txt"), "Xiaomi in Beijing.");
  await writeFile(path.join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1]));
  await writeFile(path.join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff]));
  await symlink(path.join(dir, "a.txt"), path.join(dir, "link.txt"));
  const line = "NIO builds a battery plant in Hefei with partners. ".repeat(4) + "\n";
  await writeFile(path.join(dir, "huge.txt"), line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));

  const { documents, warnings, media } = await readContent(dir);
  assert.deepEqual(documents.map((d) => d.source), ["a.txt", "huge.txt", "nested/deeper/b c.md"]);
  // An image is media beside the articles (published when an article shows it), not a skipped file.
  assert.deepEqual(media, ["photo.jpg"]);
  const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.reason]));
  assert.match(byFile[".git/"], /hidden folder/);
  assert.match(byFile[".DS_Store"], /not an article/);
  assert.match(byFile["photo.jpg"], /image size not readable \(.+\); shown without width and height/);
  assert.match(byFile["link.txt"], /symbolic link/);
  assert.match(byFile["huge.txt"], /very large article \(10\.0 MB\): only the first \d+ KB are published/);
  const huge = documents.find((d) => d.source === "huge.txt")!;
  assert.ok(huge.text.length <= MAX_ARTICLE_BYTES && huge.text.length > MAX_ARTICLE_BYTES / 2);
  assert.ok(huge.text.endsWith("partners."), "cut at a line break");
});

test("a warning is one printable line, whatever characters the file name holds", () => {
  const printed = formatWarning({ file: "evil\u001b]0;owned\u0007\nname.txt", reason: "binary file; skipped", line: 3 });
  assert.equal(printed, "warning: evil\\u001b]0;owned\\u0007\\u000aname.txt:3: binary file; skipped");
});
