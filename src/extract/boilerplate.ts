import type { Span } from "../entry";

// Lines that only ever appear in a page's trailing furniture, never in the story.
const FURNITURE = [
  /^(?:articles|posts|comments|views)\s*:\s*\d[\d,]*$/i,
  /^(?:leave a (?:reply|comment)|\d+ comments?|no comments|related(?: posts| articles| stories)?:?|share (?:this|on)\b|tags?\s*:|filed under|posted in|subscribe\b|sign up\b|follow us|read more\b|you may also like|about the author|cancel reply)/i,
  /^(?:\(?\s*)?(?:photo|image|picture|source|credit|cover image)s?(?: credit| source| by)?\s*[:：]/i,
];
// An author bio: a sentence about a writer's role or how to reach them.
const BIO = /\b(?:is (?:an?|the) [\w ,&-]{0,60}?(?:editor|writer|reporter|journalist|contributor|author|correspondent|columnist)|editor[- ]in[- ]chief|can be reached at|(?:he|she|they) covers?\b|follow (?:him|her|them) on)/i;
// A byline or name line: a few capitalised words and nothing else ("Haye Kesteloo").
const NAME_LINE = /^(?:[A-Z][\p{L}'’.-]*\s?){1,4}$/u;

const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line)) || BIO.test(line);

/**
 * Split trailing boilerplate (bio, byline, "Articles: 354", "Leave a Reply", credits) off the text.
 * Walks up from the last line over furniture and name lines; cuts only if the run holds real furniture,
 * so an article that merely ends on a short line keeps it.
 */
export function splitBoilerplate(text: string): { body: string; boilerplate: string } {
  const lines = text.split("\n");
  let cut = lines.length;
  let sawFurniture = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    if (isFurniture(line)) sawFurniture = true;
    else if (!(line.length <= 40 && NAME_LINE.test(line))) break;
    cut = i;
  }
  if (!sawFurniture) return { body: text.trimEnd(), boilerplate: "" };
  return {
    body: lines.slice(0, cut).join("\n").trimEnd(),
    boilerplate: lines.slice(cut).join("\n").trim(),
  };
}

// A line that is a caption or credit: wholly in brackets, or labelled as a photo/credit.
// A wire photo's caption ends on its credit: "... March 28, 2017. REUTERS/Athit Perawongmetha".
const CAPTION = /^(?:\([^\n]{1,300}\)|\[[^\n]{1,300}\]|(?:file photo|photo|image|picture|pictured|caption|credit|source)s?(?: credit| source| by)?\s*[:：][^\n]*|[^\n]{0,400}\b(?:REUTERS|Reuters|AFP|Getty Images)\/[A-Z][^\n/]{1,40})$/i;

// What every kind of caption line needs, checked first because most lines are prose: an opening bracket, a
// label word first, or the "/" of a wire credit.
const CAPTION_LABEL = /^(?:file photo|photo|image|picture|pictured|caption|credit|source)/i;
const mayBeCaption = (line: string) => line[0] === "(" || line[0] === "[" || line.includes("/") || CAPTION_LABEL.test(line);

/** Spans of caption lines inside the body: shown as captions, kept out of extraction and search. */
export function findCaptions(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    const line = body.slice(start, end);
    const trimmed = line.trim();
    if (trimmed && mayBeCaption(trimmed) && CAPTION.test(trimmed)) {
      const lead = line.length - line.trimStart().length;
      spans.push({ start: start + lead, end: start + lead + trimmed.length });
    }
    start = end + 1;
  }
  return spans;
}
