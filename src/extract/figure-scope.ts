import type { FigureScope } from "../entry";
import { isBackground } from "./background";
import type { Sentence } from "./sentences";

// Whose figure a sentence states. Read from the sentence's words, the cheap signal: a market's, a region's or
// another deal's figures are context; sales, revenue and staff are the company's; investment, capacity, jobs
// and area of the plant or agreement are the deal's.
const CONTEXT = /\b(?:market|industry|industry's|sector|nationwide|nationally|globally|worldwide|global|country's|province's|state's|region's|city's|GDP|economy|economic output|exports? of the|imports|the government targets?|policy|subsidies for|in use)\b/i;
const COMPANY = /\b(?:sales|sold|deliver(?:ed|ies)|revenue|profit|net (?:income|loss)|earnings|market (?:share|value|capitali[sz]ation)|valuation|shares? (?:rose|fell|closed|were trading|traded)|stock|employs|employees|workforce|staff|headcount|its total|per share|apiece)\b/i;
const DEAL = /\b(?:invest\w*|capacity|plant|factory|facility|gigafactory|base|project|site|campus|jobs|hectares?|acres?|square|agreement|deal|joint venture|venture|stake|worth|cost|phase|production line|build|construct\w*|output value|registered capital|funding|grant|loan)\b/i;

/**
 * The scope of the figures of one sentence: "context" for a market, a region, another company or an earlier
 * deal; "company" for the subject's own results; "deal" for this story's plant or agreement.
 */
export function figureScope(s: Sentence, subject: string | null): FigureScope {
  if (isBackground(s)) return "context";
  const sentence = s.text;
  const deal = DEAL.test(sentence);
  const company = COMPANY.test(sentence);
  if (CONTEXT.test(sentence) && !(deal && mentions(sentence, subject))) return "context";
  if (company && !deal) return mentions(sentence, subject) || /^(?:The company|It|Its|The group|The firm|The carmaker|The automaker)\b/.test(sentence) ? "company" : "context";
  return deal || company ? "deal" : "context";
}

const mentions = (sentence: string, subject: string | null) => subject !== null && sentence.includes(subject.split(" ")[0]);
