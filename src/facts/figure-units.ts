import type { FigureFact } from "../entry";

/** What a figure measures; figures of one quantity (and, for money, one currency) can be compared. */
export type Quantity = "money" | "vehicles" | "vehicles per period" | "energy" | "power" | "area" | "share" | "other";

export interface NormalisedFigure {
  quantity: Quantity;
  /** The unit values are compared in: currency code, "vehicles per year", "kWh", "%", ... */
  unit: string;
  /** Value in `unit`, for sorting and comparing like with like. */
  value: number;
  /** Readable value with its unit ("10 billion USD", "40 GWh", "180%"). */
  display: string;
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Large round numbers read better as words ("10 billion"); small ones stay exact ("12,500"). */
export function readable(value: number): string {
  return Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value);
}

// Prefix factors, so that "500 MWh" and "2 GWh" compare in one unit.
const ENERGY: Record<string, number> = { wh: 1e-3, kwh: 1, mwh: 1e3, gwh: 1e6, twh: 1e9 };
const POWER: Record<string, number> = { w: 1e-3, kw: 1, mw: 1e3, gw: 1e6 };
const AREA: Record<string, number> = { m2: 1, "m²": 1, "square meters": 1, "square metres": 1, km2: 1e6, "km²": 1e6, ha: 1e4, hectares: 1e4, acres: 4046.8564224 };

/** Largest prefix unit in which the value is at least 1, for display ("2,000,000 kWh" → "2 GWh"). */
function scaled(valueInBase: number, units: Record<string, number>, names: Record<string, string>): string {
  const fitting = Object.entries(names)
    .map(([key, name]) => [units[key], name] as const)
    .sort((a, b) => b[0] - a[0])
    .find(([factor]) => Math.abs(valueInBase) >= factor);
  const [factor, name] = fitting ?? [units[Object.keys(names)[0]], Object.values(names)[0]];
  return `${plain.format(valueInBase / factor)} ${name}`;
}

const PERIODS: Record<string, string> = { year: "year", yr: "year", annum: "year", month: "month", week: "week", day: "day" };

/** A figure as stated (value in base units and a unit string) → a comparable quantity with a readable display. */
export function normaliseFigure(figure: Pick<FigureFact, "value" | "unit">): NormalisedFigure {
  const { value } = figure;
  const unit = figure.unit.trim();
  const key = unit.toLowerCase();
  if (/^[A-Z]{3}$/.test(unit)) return { quantity: "money", unit, value, display: `${readable(value)} ${unit}` };
  if (unit === "%") return { quantity: "share", unit, value, display: `${plain.format(value)}%` };
  if (key === "vehicles" || key === "vehicle" || key === "units" || key === "cars") {
    return { quantity: "vehicles", unit: "vehicles", value, display: `${readable(value)} vehicles` };
  }
  const rate = /^(?:vehicles?|units|cars)\s*(?:\/|per)\s*(\w+)$/.exec(key);
  if (rate && PERIODS[rate[1]]) {
    const per = `vehicles per ${PERIODS[rate[1]]}`;
    return { quantity: "vehicles per period", unit: per, value, display: `${readable(value)} ${per}` };
  }
  if (key in ENERGY) {
    const kwh = value * ENERGY[key];
    return { quantity: "energy", unit: "kWh", value: kwh, display: scaled(kwh, ENERGY, { kwh: "kWh", mwh: "MWh", gwh: "GWh", twh: "TWh" }) };
  }
  if (key in POWER) {
    const kw = value * POWER[key];
    return { quantity: "power", unit: "kW", value: kw, display: scaled(kw, POWER, { kw: "kW", mw: "MW", gw: "GW" }) };
  }
  if (key in AREA) {
    const m2 = value * AREA[key];
    return { quantity: "area", unit: "m²", value: m2, display: scaled(m2, AREA, { m2: "m²", km2: "km²" }) };
  }
  return { quantity: "other", unit, value, display: `${readable(value)}${unit ? ` ${unit}` : ""}` };
}

/** Heading for a quantity, with the unit where one quantity holds several (currencies). */
export function quantityLabel(figure: NormalisedFigure): string {
  switch (figure.quantity) {
    case "money":
      return `Money (${figure.unit})`;
    case "vehicles per period":
      return `Vehicles per ${figure.unit.replace("vehicles per ", "")}`;
    case "other":
      return figure.unit ? `Other (${figure.unit})` : "Other";
    case "share":
      return "Percentage";
    default:
      return figure.quantity[0].toUpperCase() + figure.quantity.slice(1);
  }
}
