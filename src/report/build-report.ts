import type { Entry, Warning } from "../entry";
import { REVIEW_BELOW, reviewQueue, type ReviewItem } from "./review-queue";

/** One file of the content folder (or a folder or file the build skipped), and what the build did with it. */
export interface ReportFile {
  /** Path relative to the content folder ("nested/x.txt"; folders end in "/"). */
  file: string;
  /** Published with the problems noted, or not published at all. */
  outcome: "published" | "skipped";
  /** Site-relative URL of the article, when published. */
  url?: string;
  problems: Array<{ reason: string; line?: number }>;
}

/** What the build did with the content folder: written to /report.json and shown at /report/. */
export interface BuildReport {
  published: number;
  skipped: number;
  warnings: number;
  files: ReportFile[];
  /** Extracted facts below `reviewBelow` confidence, for an editor to check and fix with front matter. */
  reviewBelow: number;
  review: ReviewItem[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every published file and every file with a warning, by path, each with its problems by line: two builds give the same report. */
export function buildReport(entries: Entry[], warnings: Warning[]): BuildReport {
  const urls = new Map(entries.map((e) => [e.source, e.url]));
  const byFile = new Map<string, ReportFile["problems"]>(entries.map((e) => [e.source, []]));
  for (const { file, reason, line } of warnings) {
    const problems = byFile.get(file) ?? [];
    problems.push(line === undefined ? { reason } : { reason, line });
    byFile.set(file, problems);
  }
  const files = [...byFile]
    .sort(([a], [b]) => compare(a, b))
    .map(([file, problems]): ReportFile => {
      const url = urls.get(file);
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || compare(a.reason, b.reason));
      return url ? { file, outcome: "published", url, problems } : { file, outcome: "skipped", problems };
    });
  return {
    published: entries.length,
    skipped: files.filter((f) => f.outcome === "skipped").length,
    warnings: warnings.length,
    files,
    reviewBelow: REVIEW_BELOW,
    review: reviewQueue(entries),
  };
}
