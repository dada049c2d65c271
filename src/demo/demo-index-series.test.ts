import { describe, expect, it } from "vitest";
import { starterPrices } from "../domain/prices/starter-prices";
import { DEMO_INDEX_SERIES } from "./demo-index-series";

describe("demo index series", () => {
  it("covers the price year of every starter price, so the demo indexes the whole starter list", () => {
    const years = new Set(DEMO_INDEX_SERIES.map((point) => point.year));
    expect(starterPrices.filter((item) => !years.has(item.priceYear)).map((item) => item.code)).toEqual([]);
  });
});
