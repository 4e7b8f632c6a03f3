// A watching process patches the search postings of the articles that changed; what it ships must be what
// counting every article afresh gives, to the byte (the order of a term's fields included).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { FIELDS, type FieldName } from "../src/prepare/fields";
import { LivePostings } from "../src/search/live-postings";
import { articleTerms, countPostings, type ArticleTerms } from "../src/search/postings";

const WORDS = ["nio", "hefei", "battery", "plant", "deal", "tesla", "berlin", "gigafactory", "cells", "byd"];
const fieldsArb = fc.record(
  Object.fromEntries(FIELDS.map(({ name }) => [name, fc.array(fc.constantFrom(...WORDS), { maxLength: name === "body" ? 12 : 3 }).map((w) => w.join(" "))])) as Record<
    FieldName,
    fc.Arbitrary<string>
  >,
);

type Article = { fields: Record<FieldName, string> };

test("patched postings equal postings counted afresh, edit after edit", () => {
  fc.assert(
    fc.property(
      fc.array(fieldsArb, { minLength: 40, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fieldsArb), { minLength: 1, maxLength: 6 }),
      (initial, edits) => {
        const terms = new WeakMap<Article, ArticleTerms>();
        const termsOf = (a: Article) => terms.get(a) ?? terms.set(a, articleTerms(a.fields)).get(a)!;
        const live = new LivePostings(termsOf);
        let articles: Article[] = initial.map((fields) => ({ fields }));
        live.update(articles);
        for (const [at, fields] of edits) {
          articles = articles.map((a, i) => (i === at % articles.length ? { fields } : a)); // one article edited
          const patched = live.update(articles);
          const fresh = countPostings(articles, (a) => articleTerms(a.fields));
          assert.equal(JSON.stringify(patched), JSON.stringify(fresh));
        }
      },
    ),
    { numRuns: 150 },
  );
});

test("articles added, removed or reordered are counted afresh", () => {
  const termsOf = (a: Article) => articleTerms(a.fields);
  const live = new LivePostings(termsOf);
  const a = { fields: { ...Object.fromEntries(FIELDS.map((f) => [f.name, ""])), body: "nio battery" } as Record<FieldName, string> };
  const b = { fields: { ...a.fields, body: "tesla battery", title: "berlin" } };
  live.update([a, b]);
  assert.deepEqual(live.update([b, a]), countPostings([b, a], termsOf));
  assert.deepEqual(live.update([b]), countPostings([b], termsOf));
});
