import { describe, expect, it } from "vitest";
import { priceItemInputSchema } from "./dto";
import { starterPrices } from "./starter-prices";

describe("starter price list", () => {
  it("has valid items with unique codes", () => {
    for (const item of starterPrices) expect(priceItemInputSchema.safeParse(item).success, item.code).toBe(true);
    expect(new Set(starterPrices.map((item) => item.code)).size).toBe(starterPrices.length);
  });

  it("marks every item as an example to review, never as an agreed rate", () => {
    expect(starterPrices.every((item) => item.isExample)).toBe(true);
    expect(starterPrices.filter((item) => item.confidence === 5)).toEqual([]);
  });

  it("says so in the source exactly where no published figure was found (confidence 1)", () => {
    for (const item of starterPrices) expect(item.source.includes("niet geverifieerd"), item.code).toBe(item.confidence === 1);
  });

  it("names the year of its figure in the source of every verified item", () => {
    for (const item of starterPrices.filter((p) => p.confidence > 1)) {
      expect(item.source.includes(String(item.priceYear)), item.code).toBe(true);
    }
  });
});
