import { test } from "node:test";
import assert from "node:assert/strict";
import type { DateFact } from "../src/entry";
import { assignArticleUrls, datePath, headlineSlug, naturalUrl, publicationTime, type UrlRequest } from "../src/archive/article-urls";

const date = (year: number | null, month: number | null = null, day: number | null = null): DateFact => ({ year, month, day, text: "", by: "text" });
const request = (source: string, title: string, d = date(2021, 11, 28), frontMatter: Record<string, unknown> = {}, text = source): UrlRequest => ({
  source,
  title,
  date: d,
  frontMatter,
  text,
});
const T1 = "2026-01-02T03:04:05Z";
const T2 = "2026-02-03T04:05:06Z";

test("a new article's URL: its known date parts and its headline's words", () => {
  assert.equal(naturalUrl(request("x.txt", "Xiaomi signs car-plant deal with Beijing E-Town")), "/articles/2021/11/xiaomi-signs-car-plant-deal-beijing-e-town/");
  assert.equal(datePath(date(2021, 11)), "2021/11/");
  assert.equal(datePath(date(2021)), "2021/");
  assert.equal(datePath(date(null, 4, 7)), "", "no year: no date in the path");
  assert.equal(naturalUrl(request("x.txt", "NIO in Hefei", date(null, 4, 7))), "/articles/nio-hefei/");
  const long = headlineSlug("Volkswagen and Gotion agree on a battery cell factory for the European market in Salzgitter, Lower Saxony");
  assert.ok(long.length <= 60 && !long.endsWith("-"), long);
  assert.equal(headlineSlug("Škoda’s électrique"), "skodas-electrique");
});

test("a headline without Latin letters gets a stable hashed URL and a warning naming it", () => {
  const first = assignArticleUrls([request("报道.txt", "蔚来合肥")], {}, T1);
  assert.match(first.urls[0], /^\/articles\/2021\/11\/article-[0-9a-f]{8}\/$/);
  assert.equal(assignArticleUrls([request("报道.txt", "蔚来合肥")], {}, T1).urls[0], first.urls[0], "stable");
  assert.notEqual(assignArticleUrls([request("新闻.txt", "蔚来合肥")], {}, T1).urls[0], first.urls[0], "distinct");
  assert.match(first.warnings[0].reason, /no Latin letters.*published at \/articles\/2021\/11\/article-/);
});

test("two articles with the same headline and month are both kept; the warning names the other file and both URLs, on every build", () => {
  const requests = [request("a.txt", "NIO opens plant"), request("b.txt", "NIO opens a plant"), request("c.txt", "Other")];
  const first = assignArticleUrls(requests, {}, T1);
  assert.deepEqual(first.urls.slice(0, 2), ["/articles/2021/11/nio-opens-plant/", "/articles/2021/11/nio-opens-plant-2/"]);
  assert.equal(first.warnings.length, 1);
  assert.match(first.warnings[0].reason, /same URL \/articles\/2021\/11\/nio-opens-plant\/ as "a\.txt"; both kept, this one at \/articles\/2021\/11\/nio-opens-plant-2\//);
  const again = assignArticleUrls(requests, first.record, T2);
  assert.deepEqual(again.urls, first.urls);
  assert.deepEqual(again.warnings, first.warnings, "the same report from the recorded build");
  assert.deepEqual(again.record, first.record, "nothing new to record: the record file stays byte-identical");
});

test("a published article keeps its URL and first-published time when extraction finds another headline or date", () => {
  const first = assignArticleUrls([request("a.txt", "Great Wall Motor said on Wednesday", date(null))], {}, T1);
  assert.equal(first.urls[0], "/articles/great-wall-motor-said-wednesday/");
  assert.deepEqual(first.record["a.txt"], { urls: ["/articles/great-wall-motor-said-wednesday/"], firstPublished: T1, text: "a.txt" });
  const improved = assignArticleUrls([request("a.txt", "Great Wall Motor builds a plant in Rayong", date(2021, 3))], first.record, T2);
  assert.deepEqual(improved.urls, first.urls);
  assert.equal(improved.record["a.txt"].firstPublished, T1);
  assert.deepEqual(improved.redirects, []);
});

test("an editor's slug or permalink moves a published article and leaves a redirect at the old URL", () => {
  const first = assignArticleUrls([request("a.txt", "NIO opens plant")], {}, T1);
  const renamed = assignArticleUrls([request("a.txt", "NIO opens plant", undefined, { slug: "NIO Hefei plant" })], first.record, T2);
  assert.deepEqual(renamed.urls, ["/articles/2021/11/nio-hefei-plant/"]);
  assert.deepEqual(renamed.redirects, [{ from: "/articles/2021/11/nio-opens-plant/", to: "/articles/2021/11/nio-hefei-plant/" }]);
  assert.deepEqual(renamed.record["a.txt"].urls, ["/articles/2021/11/nio-opens-plant/", "/articles/2021/11/nio-hefei-plant/"]);
  const moved = assignArticleUrls([request("a.txt", "NIO opens plant", undefined, { permalink: "/articles/nio/hefei/" })], renamed.record, T2);
  assert.deepEqual(moved.urls, ["/articles/nio/hefei/"]);
  assert.deepEqual(moved.redirects.map((r) => r.from), ["/articles/2021/11/nio-hefei-plant/", "/articles/2021/11/nio-opens-plant/"]);
  assert.ok(moved.redirects.every((r) => r.to === "/articles/nio/hefei/"), "every old URL goes straight to the current one");
  // Dropping the front matter again does not move it back: URLs only move when asked.
  assert.deepEqual(assignArticleUrls([request("a.txt", "NIO opens plant")], moved.record, T2).urls, ["/articles/nio/hefei/"]);
});

test("a malformed permalink or slug is reported and ignored", () => {
  const { urls, warnings } = assignArticleUrls(
    [request("a.txt", "NIO opens plant", undefined, { permalink: "/companies/nio/" }), request("b.txt", "BYD opens plant", undefined, { slug: 7 })],
    {},
    T1,
  );
  assert.deepEqual(urls, ["/articles/2021/11/nio-opens-plant/", "/articles/2021/11/byd-opens-plant/"]);
  assert.match(warnings[0].reason, /front matter "permalink" should be a path under \/articles\//);
  assert.match(warnings[1].reason, /front matter "slug" should be words/);
});

test("an editor cannot take a URL another article has had; a file moved unchanged keeps its URL; a deleted article's URL is never reused", () => {
  const first = assignArticleUrls([request("a.txt", "NIO opens plant"), request("b.txt", "BYD opens plant")], {}, T1);
  const grab = assignArticleUrls([request("a.txt", "NIO opens plant"), request("b.txt", "BYD", undefined, { slug: "nio-opens-plant" })], first.record, T2);
  assert.deepEqual(grab.urls, first.urls);
  assert.match(grab.warnings[0].reason, /front matter asks for \/articles\/2021\/11\/nio-opens-plant\/, which "a\.txt" has had; kept at \/articles\/2021\/11\/byd-opens-plant\//);
  const moved = assignArticleUrls([request("nested/a.txt", "NIO opens plant", undefined, {}, "a.txt"), request("b.txt", "BYD opens plant")], first.record, T2);
  assert.deepEqual(moved.urls, first.urls);
  assert.equal(moved.record["nested/a.txt"].firstPublished, T1);
  assert.equal(moved.record["a.txt"], undefined);
  const afterDelete = assignArticleUrls([request("c.txt", "NIO opens plant")], first.record, T2);
  assert.equal(afterDelete.urls[0], "/articles/2021/11/nio-opens-plant-2/");
  assert.ok(first.record["a.txt"] && afterDelete.record["a.txt"], "the deleted article stays in the record");
});

test("the publication clock is the build's, to the second, or SOURCE_DATE_EPOCH", () => {
  assert.equal(publicationTime({}, () => Date.UTC(2026, 0, 2, 3, 4, 5, 678)), T1);
  assert.equal(publicationTime({ SOURCE_DATE_EPOCH: "0" }), "1970-01-01T00:00:00Z");
});

test("a title's qualifier stays in its URL, the headline cut before it, so that titles told apart get URLs told apart", () => {
  const titles = ["Volvo Cars signs cooperation deal with Hefei University of Technology (May 2021)", "Volvo Cars signs cooperation deal with Hefei University of Technology (June 2022)"];
  const slugs = titles.map(headlineSlug);
  assert.deepEqual(slugs, ["volvo-cars-signs-cooperation-deal-hefei-university-may-2021", "volvo-cars-signs-cooperation-deal-hefei-university-june-2022"]);
  assert.ok(slugs.every((s) => s.length <= 60));
  assert.equal(headlineSlug("NIO opens plant (Hefei; story 2 of 3)"), "nio-opens-plant-hefei-story-2-3");
  // Brackets inside a headline are words like the others.
  assert.equal(headlineSlug("Our Next Energy (ONE) opens a plant"), "our-next-energy-one-opens-plant");
});
