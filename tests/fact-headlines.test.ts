// Generated headlines say who does what where, read from the entry's facts and the verb of the sentence
// that states the news; our own short articles about other companies and places, one per kind of action.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ExtractedEntry } from "../src/entry";
import { factsHeadline } from "../src/extract/headline";
import { extractEntry } from "../src/extract/index";

const extract = (text: string, frontMatter: Record<string, unknown> = {}): ExtractedEntry => extractEntry({ source: "x.txt", text, frontMatter });
const made = (e: ExtractedEntry) => [e.title, e.titleBy, e.titleHow?.from];

test("a signed agreement: the company signs a deal with its partner, in its place unless the partner's name says it", () => {
  assert.deepEqual(
    made(extract("Korvex Motors has signed a framework agreement with Tatabanya Industrial Park in Gyor, Hungary, the company said on Tuesday.\n\nThe line will employ 800 people.")),
    ["Korvex Motors signs framework deal with Tatabanya Industrial Park in Győr", "generated", "facts"],
  );
  // The country only where there is room: this one would pass 75 characters.
  // What the agreement is for, as one compound: "to build an automobile factory" → "car-plant deal".
  assert.equal(
    extract("Halden Auto signed a cooperation agreement with the Pune government on Monday to build an automobile factory in Pune, India.\n\nIt will make 100,000 cars a year.").title,
    "Halden Auto signs car-plant deal with Pune government",
  );
  assert.match(extract("Marlo Energy signed a memorandum of understanding with Sinopec in Busan to supply batteries, it said.\n\nMore later.").title, /^Marlo Energy signs MoU with Sinopec in Busan/);
});

test("a plant to be built: the deal's figure from the same sentence, the city and its country", () => {
  const e = extract("Volta Motors will build a plant in Szeged, Hungary, with an annual capacity of 150,000 vehicles, the carmaker said on Friday.\n\nVolta Motors will start production in 2026.");
  assert.equal(e.title, "Volta Motors to build 150,000-vehicle plant in Szeged, Hungary");
  assert.equal(e.titleHow?.action?.words, "build");
  assert.match(e.titleHow?.action?.sentence ?? "", /^Volta Motors will build a plant in Szeged/);
  // Money as written ("$13" is no pattern to replace), its bound ("about") and the conversion in brackets left out.
  assert.equal(
    extract("Tidewater Power will build a battery plant in Austin, Texas, with an investment of about $13 billion, the company said.\n\nTidewater Power shares rose.").title,
    "Tidewater Power to build $13 billion battery plant in Austin, United States",
  );
  // Money as written, its bound ("about") and the conversion in brackets left out.
  assert.equal(
    extract("Lisbon battery maker Arcos Energy will build a 2 billion euro ($2.2 billion) battery factory in Sines, Portugal, the company said.\n\nArcos Energy will open it in 2027.").title,
    "Arcos Energy to build 2 billion euro battery factory in Sines, Portugal",
  );
});

test("opening, breaking ground, investing, acquiring and joint ventures read from their verbs", () => {
  assert.equal(extract("Brightway Motors has opened its first showroom in Nairobi, the company announced on Monday.\n\nMore are planned.").title, "Brightway Motors opens first showroom in Nairobi, Kenya");
  assert.equal(
    extract("Tidewater Power broke ground on a battery cell plant in Monterrey, Mexico, on Thursday, the company said.\n\nThe plant will open in 2027.").title,
    "Tidewater Power breaks ground on battery cell plant in Monterrey, Mexico",
  );
  assert.equal(
    extract("Oakridge Motors will invest $700 million in Lumo Robotics and take a 5 percent stake, the companies said on Wednesday.\n\nThe deal closes next year.").title,
    "Oakridge Motors to invest $700 million in Lumo Robotics",
  );
  assert.equal(
    extract("Kestrel Mobility bought a vehicle assembly plant from Ford for R1.9 billion, the company said on Monday.\n\nThe plant is in Gqeberha.").title,
    "Kestrel Mobility acquires vehicle assembly plant from Ford",
  );
  assert.match(
    extract("Sorel Auto and Daewon Parts formed a joint venture in Ulsan, South Korea, to make seats, the companies said.\n\nIt will employ 300 people.").title,
    /^Sorel Auto forms joint venture with Daewon Parts in Ulsan/,
  );
});

test("background is not the news: a plant built before, another party's action, a subordinate opening", () => {
  // The lead only recalls a past plant; the deal is in the next sentence.
  assert.equal(
    extract("After Ferrow Motors built a factory in Recife years ago, its ties with the city faded.\n\nFerrow Motors and Porto Digital signed a cooperation agreement on Monday in Recife, Brazil, the companies said.").title,
    "Ferrow Motors signs cooperation deal with Porto Digital in Recife, Brazil",
  );
  // The government builds, not the company: no action of the company, so the lead's clause is the title.
  const e = extract("Dravik Auto won approval from regulators in Chennai, India, for its sedan, the company said on Monday.\n\nThe state government will build a road near the site.");
  assert.deepEqual(made(e), ["Dravik Auto won approval from regulators in Chennai, India, for its sedan", "generated", "lead"]);
  assert.equal(e.titleHow?.action, undefined);
});

test("a stripped subject (\"has signed ...\") is named only from the text; with no company the lead's clause stays", () => {
  const e = extract("has signed a supply agreement with Lumen Cells in Leipzig, Germany, the company said.\n\nThe cells will come from Poland.", {});
  assert.equal(e.company.name, null);
  assert.equal(e.titleHow?.from, "lead");
  const known = extract("has signed a supply agreement with Lumen Cells in Leipzig, Germany.\n\n(Image credit: NIO)\n\nNIO shares rose.");
  assert.equal(known.title, "NIO signs supply deal with Lumen Cells in Leipzig, Germany");
});

test("a headline found in the text is used as it is, and every generated one stays within about 90 characters", () => {
  const e = extract("Halden Opens a Plant in the North\n\nHalden Auto has opened a new assembly plant in Tromso, Norway, with Statkraft and Equinor Renewables, the company said.\n\nIt will build 20,000 cars a year.");
  assert.deepEqual([e.title, e.titleBy, e.titleHow?.from], ["Halden Opens a Plant in the North", "headline", undefined]);
});

test("a headline too long for all its facts drops the figure, the country, then the partner, never cutting a name", () => {
  const sentence = "Bergstrom Motors will build a $4 billion research campus in Cordoba, Argentina, with the Cordoba Provincial Agency for Investment and Foreign Trade Promotion.";
  const at = (text: string) => ({ by: "text" as const, sentence, span: { start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length } });
  const facts = {
    shown: "Bergstrom Motors",
    company: "Bergstrom Motors",
    location: { city: "Cordoba", region: "Cordoba", country: "Argentina" },
    partners: [{ name: "Cordoba Provincial Agency for Investment and Foreign Trade Promotion", ...at("Cordoba Provincial Agency") }],
    figures: [{ value: 4e9, unit: "USD", text: "$4 billion", scope: "deal" as const, ...at("$4 billion") }],
  };
  // A place the partner's name says is not repeated.
  assert.equal(factsHeadline(sentence, facts)?.title, "Bergstrom Motors to build $4 billion research campus in Cordoba, Argentina");
  const shortPartner = { ...facts, partners: [{ ...facts.partners[0], name: "Cordoba Investment Agency" }] };
  assert.equal(factsHeadline(sentence, shortPartner)?.title, "Bergstrom Motors to build $4 billion research campus with Cordoba Investment Agency");
  // An inferred company keeps its brackets.
  assert.equal(factsHeadline(sentence, { ...shortPartner, shown: "[Bergstrom Motors]" })?.title.startsWith("[Bergstrom Motors] to build"), true);
  for (const company of ["Bergstrom Motors", "Bergstrom Electric Vehicle Manufacturing Holdings of the Americas"]) {
    const title = factsHeadline(sentence.replace("Bergstrom Motors", company), { ...facts, shown: company, company })?.title ?? "";
    assert.ok(title.length <= 90, title);
  }
});
