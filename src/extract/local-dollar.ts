import type { FigureFact } from "../entry";
import { countryCode } from "./places";

// Countries whose own currency is written "$" by their own press.
const LOCAL_DOLLAR: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", TW: "TWD" };
// A text that marks any dollar ("US$", "C$", "U.S. dollars", "USD") tells its dollars apart: its bare "$" is the US dollar.
const MARKED_DOLLAR = /(?:US|U\.S\.|C|A|NZ|S|HK|NT)\$|\b(?:USD|CAD|AUD|NZD|SGD|HKD|TWD)\b|\b(?:U\.?S\.?|American|Canadian|Australian|New Zealand|Singapore|Hong Kong|Taiwan)\s+dollars?\b/;

/**
 * "$" in a story set in Canada (Australia, ...) that marks none of its dollars is that country's dollar: its own
 * press writes "$2.5 billion" for a provincial grant. A story that writes "C$" or "US$" anywhere keeps "$" as US dollars.
 */
export function inLocalDollars(figures: FigureFact[], country: string | null, text: string): FigureFact[] {
  const local = country ? LOCAL_DOLLAR[countryCode(country) ?? ""] : undefined;
  if (!local || !figures.some((f) => f.unit === "USD") || MARKED_DOLLAR.test(text)) return figures;
  return figures.map((f) => (f.unit === "USD" && /(?:^|[^\p{L}])\$/u.test(f.text) ? { ...f, unit: local, evidence: `${f.evidence}; '$' in a story set in ${country} that marks no other dollar` } : f));
}
