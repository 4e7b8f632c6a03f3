// @11ty/eleventy-plugin-rss ships no TypeScript declarations; these are the filters the feed templates use.
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 3339 date without milliseconds, as Atom wants it ("2021-11-28T00:00:00Z"). */
  export function dateToRfc3339(date: Date): string;
}
