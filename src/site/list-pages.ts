// Every list that grows with the archive, split into pages: a term's articles (50 a page, newest first),
// a company's articles in one city or with one partner, a month's articles, and figures of one kind
// (100 a page, largest first), archive-wide and per term. Each page carries what it is made from
// (page-inputs.ts), so that a rebuild renders only the pages that changed.
import type { Entry } from "../entry";
import { relatedTerms, type TaxonomyKind, type Term } from "../archive/taxonomies";
import type { SiteConfig } from "../settings/config";
import { LISTING_FIELDS } from "./components";
import { yearArchives, type YearArchive } from "./date-archive";
import type { FigureKind } from "./figure-kinds";
import { FIGURE_ROW_FIELDS, figureRows, figuresByKind, type FigureRow } from "./figures-table";
import type { EntryField, PageInputs } from "./page-inputs";
import { paginate, type ListPage } from "./pagination";
import { GenerationMemo } from "../util/generation-memo";

export const ARTICLES_PER_PAGE = 50;
export const FIGURES_PER_PAGE = 100;
/** Related names a summary lists (most articles first); a company gets a page of its own with each it is listed with. */
export const RELATED_SHOWN = 50;

type TaxonomyInfo = { kind: TaxonomyKind; title: string; url: string; terms: Term[] };

/** A name in a summary: its count among the term's articles and where the link goes. */
export interface RelatedLink {
  name: string;
  count: number;
  url: string;
}

export interface TermSummary {
  related: Array<{ kind: TaxonomyKind; title: string; links: RelatedLink[]; more: number }>;
  /** The term's figures by kind, each with its largest. */
  figures: Array<{ kind: FigureKind; count: number; url: string; largest: FigureRow }>;
}

export interface TermPage {
  taxonomy: Omit<TaxonomyInfo, "terms">;
  term: Term;
  page: ListPage<Entry>;
  /** On the first page only. */
  summary: TermSummary | null;
  inputs: PageInputs;
}

/** A company's articles in one city or with one partner. */
export interface PairPage {
  company: Term;
  kind: "city" | "partner";
  other: Term;
  page: ListPage<Entry>;
  inputs: PageInputs;
}

export interface YearPage extends YearArchive {
  inputs: PageInputs;
}

export interface MonthPage {
  year: number;
  month: number | null;
  yearUrl: string;
  page: ListPage<Entry>;
  inputs: PageInputs;
}

export interface FigureKindPage {
  /** The term whose figures these are, or null for the whole archive. */
  scope: { name: string; url: string } | null;
  kind: FigureKind;
  /** The same figures, all pages of them, as CSV. */
  csvUrl: string;
  count: number;
  page: ListPage<FigureRow>;
  inputs: PageInputs;
}

export interface ListPages {
  termPages: TermPage[];
  pairPages: PairPage[];
  years: YearPage[];
  monthPages: MonthPage[];
  /** Archive-wide figures, kind by kind, largest first. */
  figureKinds: Array<{ kind: FigureKind; rows: FigureRow[] }>;
  /** Every figure table as a CSV file: the whole archive's, each kind's, and each kind's of each term. */
  figureCsvs: Array<{ url: string; rows: FigureRow[] }>;
  figureKindPages: FigureKindPage[];
}

const RELATED: Record<TaxonomyKind, Array<[TaxonomyKind, string]>> = {
  company: [["city", "Cities"], ["partner", "Partners"], ["country", "Countries"]],
  city: [["company", "Companies"], ["partner", "Partners"]],
  country: [["company", "Companies"], ["city", "Cities"], ["partner", "Partners"]],
  partner: [["company", "Companies"], ["city", "Cities"]],
};
const FOLDER: Record<"city" | "partner", string> = { city: "cities", partner: "partners" };

export const pairUrl = (company: Term, kind: "city" | "partner", other: Term): string => `${company.url}${FOLDER[kind]}/${other.slug}/`;
const figureKindUrl = (scopeUrl: string, kind: FigureKind): string => `${scopeUrl}${kind.slug}/`;
/** Site-relative URL of the archive's figures of one kind, and of a term's. */
export const figuresUrl = (kind: FigureKind, term?: Term): string => figureKindUrl(term ? `${term.url}figures/` : "/figures/", kind);

/** A page of a term's (or a month's) articles: their listings; `key` names the list, and the page number is shown. */
function entryPages(base: string, entries: Entry[], key: string) {
  return paginate(base, entries, ARTICLES_PER_PAGE).map((page) => ({
    page,
    inputs: { entries: [{ fields: LISTING_FIELDS, of: page.items }], other: `${key} ${page.n}/${page.total} ${entries.length}` } as PageInputs,
  }));
}

/** Site-relative URL of the CSV file of a figures table (`/figures/money.csv`, `/companies/nio/figures/money.csv`). */
const csvUrlOf = (scope: FigureKindPage["scope"], kind: FigureKind) => `${scope ? `${scope.url}figures/` : "/figures/"}${kind.slug}.csv`;

function figurePages(scope: FigureKindPage["scope"], kinds: Array<{ kind: FigureKind; rows: FigureRow[] }>): FigureKindPage[] {
  return kinds.flatMap(({ kind, rows }) =>
    paginate(figureKindUrl(scope ? `${scope.url}figures/` : "/figures/", kind), rows, FIGURES_PER_PAGE).map((page) => ({
      scope,
      kind,
      csvUrl: csvUrlOf(scope, kind),
      count: rows.length,
      page,
      // Which of an article's figures a row shows is its index: the order of the rows is in `other`.
      inputs: {
        entries: [{ fields: FIGURE_ROW_FIELDS, of: page.items.map((r) => r.entry) }],
        other: `${scope?.name ?? ""} ${kind.label} ${rows.length} ${page.n}/${page.total} ${page.items.map((r) => r.index).join(",")}`,
      },
    })),
  );
}

/** What a term's first page sums up of all its articles: their places, partners, companies, dates and figures. */
const SUMMARY_FIELDS: readonly EntryField[] = ["date", "company", "location", "partners", ...FIGURE_ROW_FIELDS];

// A term's related names and figures depend on its articles alone (and the settings): a rebuild works
// them out again only for the terms whose articles changed.
const memos = new WeakMap<SiteConfig, { related: GenerationMemo<Entry, Term[]>; figures: GenerationMemo<Entry, Array<{ kind: FigureKind; rows: FigureRow[] }>> }>();

/** Every paginated list of the archive. */
export function listPages(config: SiteConfig, entries: Entry[], taxonomies: TaxonomyInfo[]): ListPages {
  let memo = memos.get(config);
  if (!memo) memos.set(config, (memo = { related: new GenerationMemo(), figures: new GenerationMemo() }));
  const { related, figures } = memo;
  related.nextBuild();
  figures.nextBuild();
  const relatedOf = (term: Term, kind: TaxonomyKind): Term[] => related.get(`${term.url} ${kind}`, term.entries, () => relatedTerms(term, kind));

  // A company's own pages for each city and partner a summary links it with: the company's most frequent
  // cities and partners, and the companies a city's or partner's page lists (which need not be among the former).
  const companies = taxonomies.find((t) => t.kind === "company")?.terms ?? [];
  const companyByUrl = new Map(companies.map((c) => [c.url, c]));
  const pairPages: PairPage[] = [];
  const pairs = new Map<string, string>(); // "company url|kind|other url" → pair page URL
  /** The pair page of a company with a city or partner whose `entries` are the articles they share. */
  const addPair = (company: Term, kind: "city" | "partner", other: Term) => {
    const key = `${company.url}|${kind}|${other.url}`;
    if (pairs.has(key)) return;
    const url = pairUrl(company, kind, other);
    pairs.set(key, url);
    for (const { page, inputs } of entryPages(url, other.entries, `${company.name} ${other.name}`)) {
      // The lead gives the years its articles span.
      pairPages.push({ company, kind, other, page, inputs: { entries: [...inputs.entries, { fields: ["date"], of: other.entries }], other: inputs.other } });
    }
  };
  for (const company of companies) {
    for (const kind of ["city", "partner"] as const) for (const other of relatedOf(company, kind).slice(0, RELATED_SHOWN)) addPair(company, kind, other);
  }
  for (const kind of ["city", "partner"] as const) {
    for (const term of taxonomies.find((t) => t.kind === kind)?.terms ?? []) {
      for (const shared of relatedOf(term, "company").slice(0, RELATED_SHOWN)) {
        // `shared` is the company counted within the term's articles: its entries are the pair's.
        const company = companyByUrl.get(shared.url);
        if (company) addPair(company, kind, { ...term, entries: shared.entries });
      }
    }
  }
  const linkTo = (term: Term, kind: TaxonomyKind, other: Term): string => {
    if (term.url.startsWith("/companies/") && (kind === "city" || kind === "partner")) return pairs.get(`${term.url}|${kind}|${other.url}`) ?? other.url;
    if (kind === "company" && (term.url.startsWith("/cities/") || term.url.startsWith("/partners/"))) {
      const as = term.url.startsWith("/cities/") ? "city" : "partner";
      return pairs.get(`${other.url}|${as}|${term.url}`) ?? other.url;
    }
    return other.url;
  };
  const termPages: TermPage[] = [];
  const figureKindPages: FigureKindPage[] = [];
  const figureCsvs: ListPages["figureCsvs"] = [];
  for (const taxonomy of taxonomies) {
    const { terms, ...info } = taxonomy;
    for (const term of terms) {
      // A term sums up its deals' and companies' figures; context figures (a market's, another company's) stay on their article and the archive's pages.
      const kinds = figures.get(term.url, term.entries, () => figuresByKind(figureRows(config, term.entries, true)));
      const summary: TermSummary = {
        related: RELATED[taxonomy.kind]
          .map(([kind, title]) => {
            const all = relatedOf(term, kind);
            const links = all.slice(0, RELATED_SHOWN).map((other) => ({ name: other.name, count: other.entries.length, url: linkTo(term, kind, other) }));
            return { kind, title, links, more: all.length - links.length };
          })
          .filter((r) => r.links.length > 0),
        figures: kinds.map(({ kind, rows }) => ({ kind, count: rows.length, url: figuresUrl(kind, term), largest: rows[0] })),
      };
      const summaryKey = JSON.stringify(summary.related);
      entryPages(term.url, term.entries, `${taxonomy.kind} ${term.name}`).forEach(({ page, inputs }) =>
        termPages.push({
          taxonomy: info,
          term,
          page,
          summary: page.n === 0 ? summary : null,
          // Every page gives the years the term's articles span; the first sums up all of them.
          inputs: {
            entries: [...inputs.entries, { fields: page.n === 0 ? SUMMARY_FIELDS : ["date"], of: term.entries }],
            other: `${inputs.other} ${page.n === 0 ? summaryKey : ""}`,
          },
        }),
      );
      const scope = { name: term.name, url: term.url };
      figureKindPages.push(...figurePages(scope, kinds));
      figureCsvs.push(...kinds.map(({ kind, rows }) => ({ url: csvUrlOf(scope, kind), rows })));
    }
  }

  const years = yearArchives(entries);
  const monthPages = years.flatMap((y) =>
    y.months.flatMap((m) =>
      entryPages(m.url, m.entries, `${y.year}-${m.month}`).map(({ page, inputs }) => ({ year: y.year, month: m.month, yearUrl: y.url, page, inputs })),
    ),
  );
  const figureKinds = figuresByKind(figureRows(config, entries));
  figureKindPages.push(...figurePages(null, figureKinds));
  figureCsvs.unshift({ url: "/figures.csv", rows: figureKinds.flatMap((k) => k.rows) }, ...figureKinds.map(({ kind, rows }) => ({ url: csvUrlOf(null, kind), rows })));
  return {
    termPages,
    pairPages,
    // A year page shows its months' counts and links to the years beside it.
    years: years.map((y, i) => ({ ...y, inputs: { entries: [], other: `${years[i - 1]?.year} ${years[i + 1]?.year} ${y.months.map((m) => `${m.month}:${m.entries.length}`).join("|")}` } })),
    monthPages,
    figureKinds,
    figureCsvs,
    figureKindPages,
  };
}
