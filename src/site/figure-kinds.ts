// Kinds of quantity that figures can be compared within: money in one currency, vehicles a year, jobs,
// energy, ... Money in other currencies is converted at fixed rates, stated on the page, so that
// "RMB 10 billion" and "$1.5 billion" sort together; the figure as stated is always shown beside it.
import type { FigureFact } from "../entry";
import { slugify } from "../archive/slug";
import { normaliseFigure, readable, type NormalisedFigure } from "../facts/figure-units";

export interface FigureKind {
  /** URL segment ("money", "vehicles-a-year", "outlets"). */
  slug: string;
  /** Heading ("Money", "Vehicles a year"). */
  label: string;
  /** What the values of this kind are compared in ("USD", "vehicles a year", "kWh"). */
  unit: string;
}

export interface ComparableFigure {
  kind: FigureKind;
  /** Value in `kind.unit`, for sorting largest first. */
  value: number;
  /** Readable value in the kind's unit ("≈ 1.4 billion USD" for converted money). */
  display: string;
  /** The value in its own unit ("10 billion CNY"), when that differs from `display`. */
  stated: string | null;
}

/** Currency → US dollars. Fixed, rounded rates (2024 yearly averages), so that a build is reproducible. */
export const USD_RATES: Readonly<Record<string, number>> = {
  USD: 1, CNY: 0.139, EUR: 1.08, GBP: 1.28, JPY: 0.0066, KRW: 0.00073, HKD: 0.128, INR: 0.012, HUF: 0.0027,
  THB: 0.028, IDR: 0.000063, BRL: 0.186, TRY: 0.031, SEK: 0.095, NOK: 0.093, CHF: 1.14, CAD: 0.73, AUD: 0.66,
  MXN: 0.055, PLN: 0.25, CZK: 0.043, SGD: 0.75, MYR: 0.22, VND: 0.00004, TWD: 0.031, ZAR: 0.055,
};
export const RATES_NOTE = "Money in other currencies is converted to US dollars at fixed 2024 average rates (1 CNY = 0.139 USD, 1 EUR = 1.08 USD, ...), for comparison only; each figure also shows what the article stated.";

const PER_YEAR: Record<string, number> = { "vehicles per year": 1, "vehicles per month": 12, "vehicles per week": 52, "vehicles per day": 365 };
const JOBS = /^(?:jobs?|staff|employees?|workers?|people|positions)$/i;

const kind = (label: string, unit: string, slug = slugify(label)): FigureKind => ({ slug, label, unit });
const FIXED: Record<string, FigureKind> = {
  money: kind("Money", "USD"),
  vehicles: kind("Vehicles", "vehicles"),
  perYear: kind("Vehicles a year", "vehicles a year"),
  energy: kind("Energy", "kWh"),
  power: kind("Power", "kW"),
  area: kind("Area", "m²"),
  share: kind("Percentages", "%"),
  jobs: kind("Jobs", "jobs"),
  other: kind("Other", "", "other"),
};
const byUnit = new Map<string, FigureKind>();

/** A kind of its own for each unit no other kind takes ("outlets", "MXN" at no known rate). */
function unitKind(label: string, unit: string): FigureKind {
  let found = byUnit.get(label);
  if (!found) byUnit.set(label, (found = kind(label, unit)));
  return slugify(found.label) ? found : FIXED.other;
}

/** A figure as its kind of quantity and a value comparable within that kind. */
export function comparableFigure(figure: Pick<FigureFact, "value" | "unit">): ComparableFigure {
  const n: NormalisedFigure = normaliseFigure(figure);
  switch (n.quantity) {
    case "money": {
      const rate = USD_RATES[n.unit];
      if (rate === undefined) return { kind: unitKind(`Money (${n.unit})`, n.unit), value: n.value, display: n.display, stated: null };
      const usd = n.value * rate;
      return n.unit === "USD"
        ? { kind: FIXED.money, value: usd, display: n.display, stated: null }
        : { kind: FIXED.money, value: usd, display: `≈ ${readable(Number(usd.toPrecision(3)))} USD`, stated: n.display };
    }
    case "vehicles per period": {
      const perYear = n.value * (PER_YEAR[n.unit] ?? 1);
      return { kind: FIXED.perYear, value: perYear, display: `${readable(perYear)} vehicles a year`, stated: n.unit === "vehicles per year" ? null : n.display };
    }
    case "vehicles":
    case "energy":
    case "power":
    case "area":
    case "share":
      return { kind: FIXED[n.quantity], value: n.value, display: n.display, stated: null };
    case "other":
      if (JOBS.test(n.unit)) return { kind: FIXED.jobs, value: n.value, display: `${readable(n.value)} jobs`, stated: null };
      if (!n.unit) return { kind: FIXED.other, value: n.value, display: n.display, stated: null };
      return { kind: unitKind(n.unit[0].toUpperCase() + n.unit.slice(1), n.unit), value: n.value, display: n.display, stated: null };
  }
}
