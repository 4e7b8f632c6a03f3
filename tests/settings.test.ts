// The site settings file: checked field by field (errors name the file and the field), read from where
// the command runs or --settings, overridden by flags, reaching pages, feeds and JSON-LD; a build with
// no base URL warns once, and --strict fails on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkSettings, readSettingsFile, SettingsError } from "../src/settings/settings-file";
import { ROOT, runCli } from "./support/build";

const error = (value: unknown) => {
  try {
    checkSettings(value, "site.config.json");
  } catch (e) {
    assert.ok(e instanceof SettingsError);
    return e.message;
  }
  assert.fail("accepted");
};

test("each wrong field is an error naming the file, the field, what it should be and what it is", () => {
  assert.equal(error({ baseUrl: "news.example.org" }), 'site.config.json: "baseUrl" should be an absolute http(s) URL without a path ("https://news.example.org"), got "news.example.org"');
  assert.match(error({ itemsPerPage: "50" }), /"itemsPerPage" should be a whole number from 1 to 1000, got "50"/);
  assert.match(error({ title: "" }), /"title" should be a non-empty string/);
  assert.match(error({ language: "English" }), /"language" should be a language tag/);
  assert.match(error({ pathPrefix: "/a b/" }), /"pathPrefix" should be a folder path/);
  assert.match(error({ titel: "x" }), /unknown setting "titel" \(did you mean "title"\?\)/);
  assert.match(error([]), /should hold one JSON object/);
  assert.deepEqual(checkSettings({ title: "T", baseUrl: "https://a.example/", itemsPerPage: 20 }, "f"), { title: "T", baseUrl: "https://a.example/", itemsPerPage: 20 });
});

test("the example settings file in the repository is valid", async () => {
  const example = await readSettingsFile(path.join(ROOT, "site.config.example.json"), true);
  assert.ok(example.baseUrl && example.title);
});

async function archive(): Promise<{ content: string; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-settings-"));
  const content = path.join(dir, "content");
  await mkdir(content);
  await writeFile(path.join(content, "a.md"), "---\ntitle: NIO opens a plant in Hefei\ndate: 2021-04-07\ncompany: NIO\ncity: Hefei\ncountry: China\n---\nNIO opened a plant in Hefei on 7 April 2021.\n");
  return { content, dir };
}

test("the settings file reaches pages, feeds and JSON-LD; a flag overrides it; --strict passes with its base URL", async () => {
  const { content, dir } = await archive();
  const settings = path.join(dir, "my-settings.json");
  await writeFile(
    settings,
    JSON.stringify({ title: "Battery Wire", description: "Plants and deals.", language: "en-GB", publisher: "Wire Media", baseUrl: "https://wire.example.org", pathPrefix: "/news/" }),
  );
  const output = path.join(dir, "site");
  const built = await runCli(["build", "--content", content, "--output", output, "--settings", settings, "--strict"]);
  assert.equal(built.code, 0, built.stderr);
  assert.doesNotMatch(built.stderr, /base URL/);
  const home = await readFile(path.join(output, "index.html"), "utf8");
  assert.match(home, /<html lang="en-GB">/);
  assert.match(home, /<title>Battery Wire<\/title>/);
  assert.match(home, /<meta name="description" content="Plants and deals.">/);
  assert.match(home, /<link rel="canonical" href="https:\/\/wire\.example\.org\/news\/">/);
  const atom = await readFile(path.join(output, "feed.xml"), "utf8");
  assert.match(atom, /<author><name>Wire Media<\/name><\/author>/);
  assert.match(atom, /xml:lang="en-GB"/);
  const entries = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  const article = await readFile(path.join(output, entries[0].url, "index.html"), "utf8");
  assert.match(article, /"publisher":\{"@type":"Organization","name":"Wire Media","url":"https:\/\/wire\.example\.org\/news\/"\}/);

  const overridden = await runCli(["build", "--content", content, "--output", output, "--settings", settings, "--base-url", "https://other.example.net"]);
  assert.equal(overridden.code, 0, overridden.stderr);
  assert.match(await readFile(path.join(output, "index.html"), "utf8"), /<link rel="canonical" href="https:\/\/other\.example\.net\/news\/">/);
});

test("no base URL: one warning naming the setting; --strict fails on it and leaves the output as it was", async () => {
  const { content, dir } = await archive();
  const output = path.join(dir, "site");
  const plain = await runCli(["build", "--content", content, "--output", output]);
  assert.equal(plain.code, 0, plain.stderr);
  const warnings = plain.stderr.split("\n").filter((l) => l.startsWith("warning:"));
  assert.deepEqual(warnings, [
    'warning: no base URL set: canonical links, feeds, sitemap.xml and robots.txt point to http://localhost:8080/; set "baseUrl" in the settings file or pass --base-url',
  ]);
  assert.match(plain.stderr, /1 warnings/);
  const before = (await stat(path.join(output, "index.html"))).mtimeMs;
  const strict = await runCli(["build", "--content", content, "--output", output, "--strict"]);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /no base URL set/);
  assert.equal((await stat(path.join(output, "index.html"))).mtimeMs, before, "output left as it was");
});

test("a bad settings file stops the command with exit code 2 and the field's error; a missing --settings file is an error too", async () => {
  const { content, dir } = await archive();
  const settings = path.join(dir, "bad.json");
  await writeFile(settings, JSON.stringify({ baseUrl: "ftp://x" }));
  const bad = await runCli(["build", "--content", content, "--output", path.join(dir, "site"), "--settings", settings]);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr.trim(), `error: ${settings}: "baseUrl" should be an absolute http(s) URL without a path ("https://news.example.org"), got "ftp://x"`);
  const missing = await runCli(["build", "--content", content, "--output", path.join(dir, "site"), "--settings", path.join(dir, "none.json")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /none\.json: not readable/);
});
