// The extractor's general rules on short made-up articles: datelines, towns placed by their region,
// reference points, deal parties, figures with implied or ranged units, generated titles and fact labels.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ExtractedEntry } from "../src/entry";
import { extractEntry } from "../src/extract/index";
import { generateTitle } from "../src/extract/title";
import { factMarks } from "../src/prepare/highlight";

const extract = (text: string): ExtractedEntry => extractEntry({ source: "x.txt", text, frontMatter: {} });
const place = (e: ExtractedEntry) => [e.location.city, e.location.region, e.location.country];
const figures = (e: ExtractedEntry) => e.figures.map((f) => `${f.value} ${f.unit}`);

test("a wire dateline dates the story and is neither its location nor part of its title", () => {
  const e = extract("DETROIT, Feb 13 (Reuters) - Ford Motor will build a $3.5 billion battery plant in Marshall, Michigan, the carmaker said on Monday.\n\nThe plant will employ 2,500 people.");
  assert.deepEqual([e.date.year, e.date.month, e.date.day], [null, 2, 13]);
  assert.equal(e.body.slice(e.date.span!.start, e.date.span!.end), "Feb 13");
  assert.ok(e.date.sentence!.startsWith("DETROIT, Feb 13 (Reuters) - Ford Motor will build"), "the date's sentence holds its span");
  assert.deepEqual(place(e), ["Marshall", "Michigan", "United States"]);
  assert.equal(e.title, "Ford to build $3.5 billion battery plant in Marshall, United States");
});

test("a dateline with a year gives the year", () => {
  const e = extract("BEIJING, March 3, 2023 (Reuters) – BYD will open a plant in Szeged, Hungary, it said.");
  assert.deepEqual([e.date.year, e.date.month, e.date.day], [2023, 3, 3]);
  assert.equal(e.location.city, "Szeged");
});

test("a town the gazetteer lacks is placed by the region named after it", () => {
  const e = extract("Geely will build a plant in Tanjung Malim, in the Malaysian state of Perak, the company said.");
  assert.deepEqual(place(e), ["Tanjung Malim", "Perak", "Malaysia"]);
});

test("a Chinese county is the town; its parent city only qualifies it", () => {
  const e = extract("Lanyu Power will build a battery base in Changxing County, Huzhou, in east China's Zhejiang province, the startup said.");
  assert.deepEqual(place(e), ["Changxing", "Zhejiang", "China"]);
});

test("a place used as a reference point or an event venue is not the location", () => {
  const e = extract(
    "SVOLT will build a battery cell factory in Überherrn in the German state of Saarland, the company said.\n\n" +
      "The minister spoke at the signing ceremony in Saarbrücken. Überherrn lies 20 km west of Saarbrücken.",
  );
  assert.deepEqual(place(e), ["Überherrn", "Saarland", "Germany"]);
});

test("a nationality is not a region: 'the German carmaker said' does not place a Chinese plant in Germany", () => {
  const e = extract("Mercedes-Benz will build vans with Farizon Auto at Farizon's plant in Nanchong, the German carmaker said on Friday.");
  assert.deepEqual(place(e), ["Nanchong", "Sichuan", "China"]);
  assert.deepEqual(e.partners.map((p) => p.name), ["Farizon"]);
});

test("deal parties: acronyms inside lists, licensors, the party named under the agreement", () => {
  const a = extract("EVE Energy signed an agreement with the Malaysian Investment Development Authority (MIDA) and the Kedah state government to secure land.");
  assert.deepEqual(a.partners.map((p) => p.name), ["Malaysian Investment Development Authority", "Kedah government"]);
  const b = extract("Ford will build the plant using technology licensed from China's CATL, the carmaker said.");
  assert.deepEqual(b.partners.map((p) => p.name), ["CATL"]);
  const c = extract("Neta Auto signed a cooperation agreement on July 25 to make cars in Indonesia.\n\nAccording to the agreement, Handal Indonesia Motor will build the Neta V.");
  assert.deepEqual(c.partners.map((p) => p.name), ["Handal Indonesia Motor"]);
});

test("companies coordinated without the subject, and competitors, are not partners", () => {
  const e = extract(
    "Farasis Energy will build a battery plant in Ganzhou, the company said.\n\n" +
      "Yichun is where CATL and Gotion have set up lithium projects. The brand competes with NIO, built by JAC Motor.",
  );
  assert.equal(e.company.name, "Farasis Energy");
  assert.deepEqual(e.partners, []);
});

test("a nationality before a suffix word is not a company", () => {
  const e = extract(
    "Chinese battery maker EVE Energy will build a plant in Kulim, Malaysia, the company said.\n\n" +
      "Chinese EV and battery companies are investing in Malaysia. Chinese EV makers have been expanding. Chinese EV sales rose.",
  );
  assert.equal(e.company.name, "EVE Energy");
});

test("figures: glued currency prefixes, ranges, partitives, implied counts, model numbers", () => {
  assert.deepEqual(figures(extract("Geely will invest RM32 billion ($10 billion) in the valley.")), ["32000000000 MYR", "10000000000 USD"]);
  assert.deepEqual(figures(extract("The batteries will power 300,000 to 500,000 electric vehicles a year.")), ["300000 vehicles/year", "500000 vehicles/year"]);
  assert.deepEqual(figures(extract("About 1,000 of the jobs will go at the plant.")), ["1000 jobs"]);
  assert.deepEqual(figures(extract("Polestar delivered 51,500 cars last year, short of its target of 80,000.")), ["51500 vehicles", "80000 vehicles"]);
  assert.deepEqual(figures(extract("Zeekr makes its 001 and 007 models in Ningbo, and 13,077 units were delivered.")), ["13077 vehicles"]);
  assert.deepEqual(figures(extract("Changan will hold 51 percent and CATL 49 percent of the venture.")), ["51 %", "49 %"]);
  // A bare number with no count before it stays unread, and a duration is never a count.
  assert.deepEqual(figures(extract("The company sold 10,000 cars over 12,000 straight days and expects 20,000 hours of tests.")), ["10000 vehicles"]);
  assert.deepEqual(figures(extract("It has a target of 80,000 this year.")), []);
});

test("titles from the lead clause drop the appositive after the opening name and mend stray periods", () => {
  // The appositive and the closing attribution ("the company said") go.
  assert.equal(
    generateTitle("Lanyu Power, a sodium-ion battery startup founded two years ago, will build its first base in Changxing County, Huzhou, the company said.", "Lanyu Power", "x"),
    "Lanyu Power will build its first base in Changxing County, Huzhou",
  );
  assert.equal(extract("Lanyu Power, a sodium-ion battery startup founded two years ago, will build its first base in Changxing County, Huzhou, the company said.").title, "Lanyu Power to build first base in Changxing, China");
  assert.match(extract("Xiaomi Corp, a major smartphone company in China. Has officially signed a cooperation agreement with E-Town to build a car factory in Beijing.").title, /^Xiaomi signs car-plant deal/);
  assert.equal(extract("After built a factory in Shanghai, 's relationship with the city seemed to drift apart, NIO said.").title.startsWith("After NIO built a factory in Shanghai, NIO's relationship"), true);
});

test("highlight labels read as words: a date without year, a relative date, a figure with its unit", () => {
  const labels = (text: string) => factMarks(extract(text)).map((m) => m.label);
  assert.ok(labels("NIO signed an agreement with JAC Motor on April 7 to build 10,000 cars.").includes("Date: 7 April, year not stated"));
  assert.ok(labels("NIO signed an agreement with JAC Motor today.").includes("Date: “today”, day not stated"));
  assert.ok(labels("NIO will build 10,000 cars a month in Hefei, it said.").includes("Figure: 10,000 vehicles per month"));
});

test("after a stripped lead, the first sentence opening with a company names the subject", () => {
  const e = extract(
    "has won approval to build cars in Jiaxing, a city in Zhejiang province, three years after it was founded by former executives of Geely and NIO.\n\n" +
      "Lumenway Auto signed an investment agreement with the Jiaxing Economic and Technological Development Zone, the company said.\n\n" +
      "Lumenway's first model will go on sale this year. Zhejiang is also home to Geely and Zeekr.",
  );
  assert.equal(e.company.name, "Lumenway Auto");
  // "won approval to build cars" builds no plant: the news is the deal of the company's first sentence.
  assert.equal(e.title, "Lumenway Auto signs investment deal with Jiaxing development zone");
  assert.deepEqual(e.partners.map((p) => p.name), ["Jiaxing Economic and Technological Development Zone"]);
});

test("a bracketed acronym counts for its company; a subheading is not the lead", () => {
  const e = extract(
    "Tata Steps Up\n\nOur Next Energy (ONE), a Michigan-based battery startup, said it had opened a factory in Van Buren Township, Michigan.\n\n" +
      "ONE signed a supply deal. ONE will hire 2,100 people. Ford and Tata Motors also build plants in Michigan.",
  );
  assert.equal(e.company.name, "Our Next Energy");
  assert.deepEqual(place(e), ["Van Buren Township", "Michigan", "United States"]);
});

test("signatories named by 'signed by' and 'its partner'; the subject's own unit is not a partner", () => {
  const e = extract(
    "Kia will build electric cars in Yancheng after its partner Jiangsu Yueda Group agreed to add capital, the carmaker said.\n\n" +
      "The agreement was also signed by the regional government of Castile and León. The parts will be made at Kia China's plant.",
  );
  assert.deepEqual(e.partners.map((p) => p.name), ["Jiangsu Yueda Group", "Castile and León government"]);
});

test("where the news was said is not where the plant is", () => {
  const e = extract("Skoda said in Pune on Monday it would supply parts from its plant in Chakan, near Pune, in the western state of Maharashtra.");
  // The gazetteer spells it "Chākan".
  assert.deepEqual(place(e).map((p) => p?.normalize("NFD").replace(/\p{M}/gu, "")), ["Chakan", "Maharashtra", "India"]);
});

test("a nationality before 'partner' names a party; models and scooters are counted as what they are", () => {
  const e = extract("GAC Aion has opened a factory in Chachoengsao, Thailand, built together with Thai partner Rever Automotive, the company said on Sunday.");
  assert.deepEqual(e.partners.map((p) => p.name), ["Rever Automotive"]);
  assert.deepEqual(figures(extract("JMC will launch 10 new energy models and Ola makes 1,000 electric scooters a day.")), ["10 models", "1000 vehicles/day"]);
});

test("a long lead still dates the deal it reports", () => {
  const e = extract("has signed cooperation agreement with the Nanchang Xiaolan Economic and Technological Development Zone on October 26, the two sides will build a base.");
  assert.deepEqual([e.date.year, e.date.month, e.date.day], [null, 10, 26]);
});
