// The map fits the archive's places and keeps every circle apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fittedProjection, spreadCircles } from "../src/site/map";

const CHINA = [
  { lat: 31.82, lon: 117.23 }, // Hefei
  { lat: 31.23, lon: 121.47 }, // Shanghai
  { lat: 39.9, lon: 116.4 }, // Beijing
  { lat: 22.54, lon: 114.06 }, // Shenzhen
  { lat: 30.57, lon: 104.07 }, // Chengdu
];

test("when every place is in China, China fills the frame", () => {
  const projection = fittedProjection(CHINA);
  const xy = CHINA.map((p) => projection([p.lon, p.lat])!);
  const xs = xy.map(([x]) => x);
  const ys = xy.map(([, y]) => y);
  assert.ok(xy.every(([x, y]) => x >= 0 && x <= 960 && y >= 0 && y <= 500), "every place is on the map");
  assert.ok(Math.max(...xs) - Math.min(...xs) > 480 || Math.max(...ys) - Math.min(...ys) > 250, "the places spread over at least half the frame");
  // The world's projection puts all of them within a few dozen units.
  const world = fittedProjection([]);
  const wx = CHINA.map((p) => world([p.lon, p.lat])![0]);
  assert.ok(Math.max(...wx) - Math.min(...wx) < 80);
});

test("one place alone is shown with its surroundings, not at an infinite zoom", () => {
  const projection = fittedProjection([{ lat: 52.52, lon: 13.4 }]);
  const [x, y] = projection([13.4, 52.52])!;
  const [x2] = projection([13.4 + 1, 52.52])!;
  assert.ok(Math.abs(x - 480) < 5 && Math.abs(y - 250) < 5, "centred");
  assert.ok(x2 - x < 150, "a degree is less than a third of the frame");
});

test("overlapping circles are pushed apart until none overlaps, each staying on the map", () => {
  const circles = Array.from({ length: 12 }, (_, i) => ({ place: null as never, x: 400 + (i % 3), y: 200 + (i % 2), x0: 400, y0: 200, r: 6 + i }));
  spreadCircles(circles);
  for (let i = 0; i < circles.length; i++) {
    const a = circles[i];
    assert.ok(a.x >= a.r && a.x <= 960 - a.r && a.y >= a.r && a.y <= 500 - a.r);
    for (let j = i + 1; j < circles.length; j++) {
      const b = circles[j];
      assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r, `circles ${i} and ${j} apart`);
    }
  }
});
