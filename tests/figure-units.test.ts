import { test } from "node:test";
import assert from "node:assert/strict";
import { normaliseFigure, quantityLabel } from "../src/facts/figure-units";

const norm = (value: number, unit: string) => normaliseFigure({ value, unit });

test("money stays in its own currency, shown in words for large amounts", () => {
  assert.deepEqual(norm(1e10, "USD"), { quantity: "money", unit: "USD", value: 1e10, display: "10 billion USD" });
  assert.equal(norm(1e11, "CNY").display, "100 billion CNY");
  assert.equal(quantityLabel(norm(5, "EUR")), "Money (EUR)");
  assert.notEqual(quantityLabel(norm(5, "EUR")), quantityLabel(norm(5, "USD")), "currencies are not mixed");
});

test("energy, power and area compare in one unit and display in the fitting one", () => {
  assert.equal(norm(40, "GWh").value, norm(40000, "MWh").value);
  assert.equal(norm(40000, "MWh").display, "40 GWh");
  assert.equal(norm(500, "MWh").display, "500 MWh");
  assert.equal(norm(2, "GW").value, 2e6);
  assert.equal(norm(3, "km2").display, "3 km²");
  assert.equal(norm(3, "km2").value, norm(3e6, "m2").value);
});

test("vehicles, vehicle rates and percentages keep their meaning", () => {
  assert.equal(norm(12500, "vehicles").display, "12,500 vehicles");
  assert.equal(quantityLabel(norm(300000, "vehicles/year")), "Vehicles per year");
  assert.equal(quantityLabel(norm(10000, "vehicles/month")), "Vehicles per month");
  assert.equal(norm(180, "%").display, "180%");
  assert.equal(quantityLabel(norm(180, "%")), "Percentage");
});

test("an unknown unit is kept as written, under Other", () => {
  const f = norm(20, "topics");
  assert.equal(f.display, "20 topics");
  assert.equal(quantityLabel(f), "Other (topics)");
});
