// The indexed fields, shared by the build (boosts) and the query parser (field names people type).

export type FieldName = "title" | "company" | "city" | "region" | "country" | "partner" | "body";

// Boosts: an article *about* a company or city ranks above one that only mentions it.
export const FIELDS: ReadonlyArray<{ name: FieldName; boost: number }> = [
  { name: "title", boost: 3 },
  { name: "company", boost: 10 },
  { name: "city", boost: 8 },
  { name: "region", boost: 3 },
  { name: "country", boost: 2 },
  { name: "partner", boost: 4 },
  { name: "body", boost: 1 },
];

/** Fields that say what an article is about; a match there ranks above a mention in the text. */
export const ABOUT_FIELDS: ReadonlySet<FieldName> = new Set(["company", "city", "region", "country", "partner"]);

/** What people may type before a colon ("company:nio", "partners:lingang", "text:battery"). */
export const FIELD_ALIASES: Readonly<Record<string, FieldName>> = {
  title: "title",
  company: "company",
  companies: "company",
  maker: "company",
  city: "city",
  cities: "city",
  region: "region",
  province: "region",
  country: "country",
  partner: "partner",
  partners: "partner",
  body: "body",
  text: "body",
};
