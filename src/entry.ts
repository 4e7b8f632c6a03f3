// The one contract between extraction, templates, search and entries.json.
// Field names and shapes here are read by other tools: extend, never rename.

/** Character offsets into `Entry.body` (start inclusive, end exclusive). */
export type Span = { start: number; end: number };

/** Where a fact came from: the article text (with its span and sentence) or the editor's front matter. */
export type Provenance = {
  by: "text" | "editor";
  span?: Span;
  sentence?: string;
  /** How sure extraction is of the fact, 0..1, from the evidence that chose it; absent for the editor's facts. */
  confidence?: number;
  /** The evidence that chose it, in words ("named after 'with' in a deal sentence"), for the review queue. */
  evidence?: string;
};

export type DateFact = Provenance & {
  year: number | null;
  month: number | null;
  day: number | null;
  /** The words the date was read from ("April 7", "2021-11-28"), or "" when unknown. */
  text: string;
};

export type CompanyFact = Provenance & { name: string | null };

export type LocationFact = Provenance & {
  city: string | null;
  region: string | null;
  country: string | null;
};

export type PartnerFact = Provenance & { name: string };

export type FigureFact = Provenance & {
  /** Plain number in base units: "$10 billion" → 10000000000, "180%" → 180. */
  value: number;
  /** "USD", "CNY", "%", "vehicles", "vehicles/month", "GWh", "m2", ... */
  unit: string;
  /** The words the figure was read from, qualifier included ("more than $ 10 billion"). */
  text: string;
  /** How the text bounds the number, as written: "about", "more than", "up to", "less than", "nearly". */
  qualifier?: string;
  /**
   * Whose figure it is: the story's deal (investment, capacity, jobs, area of this plant or agreement), the
   * subject company's (its sales, revenue, deliveries, staff), or context (a market's, a region's, another company's).
   */
  scope?: FigureScope;
};

export type FigureScope = "deal" | "company" | "context";

/** A media file beside the articles (image or PDF), published at /media/<its path in the content folder>. */
export type MediaFile = {
  /** Pixel size read from the file, when it is an image whose size could be read. */
  width?: number;
  height?: number;
  /** Why the file is not published (an SVG holding script), when it is not. Never in Entry.media. */
  refused?: string;
};

export type TitleSource = "headline" | "generated" | "editor";

/** How a title was made, beyond its source: what was put in that the text does not say. */
export type TitleHow = {
  /** Names the title holds that the article's text lacks (shown in [brackets]). */
  inferred: string[];
  /** Words added after the title to tell it from other articles' identical titles ("Hefei, May 2021"). */
  qualifier?: string;
  /**
   * A generated title's making: "facts" (who does what where, from the entry's facts and the verb of the
   * sentence stating the news), or "lead" (the lead's main clause, when the text states no action the
   * generator knows). Absent for headlines and editors' titles.
   */
  from?: "facts" | "lead";
  /** For a title from facts: the verb as written and the sentence it was read from. */
  action?: { words: string; sentence: string };
};

export interface Entry {
  /** Path of the file relative to the content folder, with forward slashes ("nested/x.txt"). */
  source: string;
  /** Unique across the archive; stable: derived from the source path, not from extracted facts. */
  slug: string;
  /** Site-relative URL of the article page ("/articles/<slug>/"), unique. */
  url: string;
  title: string;
  titleBy: TitleSource;
  /** How the title was made (absent in entries made before it was recorded). */
  titleHow?: TitleHow;
  date: DateFact;
  company: CompanyFact;
  location: LocationFact;
  partners: PartnerFact[];
  figures: FigureFact[];
  /** One-line summary for listings (the lead sentence, shortened). */
  summary: string;
  /** The article text without front matter, date header, headline and boilerplate. Spans index into it. */
  body: string;
  /** Photo captions inside `body`, shown as captions and not searched as prose. */
  captions: Span[];
  /** What was split off the end: author bio, "Leave a Reply", "Articles: N", credits. Not searched. */
  boilerplate: string;
  /** Markdown articles: the media files beside it that it shows or links to, by path in the content folder. Absent when none. */
  media?: Record<string, MediaFile>;
}

/** An entry before the archive gives it a slug and a URL: what extraction makes of one document. */
export type ExtractedEntry = Omit<Entry, "slug" | "url">;

/** A problem with one input file. Values, not log lines: collected into the report and printed once. */
export type Warning = {
  file: string;
  reason: string;
  line?: number;
  /** A remote image's host: the warning does not apply when the settings allow images from it. */
  remoteHost?: string;
};

/** A content file after loading: decoded text and front matter, no interpretation of meaning. */
export interface RawDocument {
  source: string;
  /** Text after front matter and the `date YYYY-MM-DD` header line. */
  text: string;
  /** Parsed YAML front matter (empty object when none). */
  frontMatter: Record<string, unknown>;
  /** The seeds' own `date YYYY-MM-DD` header, when present. */
  headerDate?: { year: number; month: number; day: number; text: string };
  /** The file's line (from 1) where `text` starts, for warnings that name a line. */
  firstLine?: number;
  /** Markdown articles: the media files of the content folder whose names the text mentions (those it may reference). */
  media?: Record<string, MediaFile>;
}
