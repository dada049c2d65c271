import { describe, expect, it } from "vitest";
import type { PriceItem } from "../../domain/prices/dto";
import { emptyPriceForm, indexPointsOf, indexRowsOf, priceFormOf, priceInputOf, priceListPath, priceYearOf } from "./price-values";

const item: PriceItem = {
  id: "p1",
  code: "WMO-IB-UUR",
  label: "Wmo individuele begeleiding",
  unit: "uur",
  priceCents: 1_550_050,
  priceYear: 2024,
  payer: "gemeente_wmo",
  source: "Contract",
  confidence: 3,
  isExample: true,
  version: 1,
};

describe("priceYearOf", () => {
  it("reads the price year from the address, and ignores anything else", () => {
    expect(priceYearOf("?prijspeil=2026")).toBe(2026);
    expect(priceYearOf("")).toBeNull();
    expect(priceYearOf("?prijspeil=1999")).toBeNull();
    expect(priceYearOf("?prijspeil=abc")).toBeNull();
    expect(priceListPath(2025)).toBe("/prijslijst?prijspeil=2025");
    expect(priceListPath(null)).toBe("/prijslijst");
  });
});

describe("price form", () => {
  it("shows a price with a decimal comma and sends it back as cents", () => {
    const form = priceFormOf(item);
    expect(form.price).toBe("15500,50");
    expect(priceInputOf(form)).toEqual({
      input: { code: "WMO-IB-UUR", label: "Wmo individuele begeleiding", unit: "uur", priceCents: 1_550_050, priceYear: 2024, payer: "gemeente_wmo", source: "Contract", confidence: 3, isExample: true },
      unreadable: [],
    });
    expect(priceInputOf({ ...form, price: "1.234,5" }).input.priceCents).toBe(123_450);
  });

  it("names the fields it could not read and sends them as typed", () => {
    const { input, unreadable } = priceInputOf({ ...emptyPriceForm(2025), price: "veel", priceYear: "vorig jaar" });
    expect(unreadable).toEqual(["priceCents", "priceYear"]);
    expect(input.priceCents).toBe("veel");
    expect(input.confidence).toBeUndefined();
    expect(emptyPriceForm(2025).priceYear).toBe("2025");
  });
});

describe("index series lines", () => {
  it("go back and forth with a decimal comma", () => {
    const rows = indexRowsOf([{ year: 2024, value: 104.5, source: "CBS" }]);
    expect(rows[0]).toMatchObject({ year: "2024", value: "104,5", source: "CBS" });
    expect(indexPointsOf(rows)).toEqual([{ year: 2024, value: 104.5, source: "CBS" }]);
    expect(indexPointsOf([{ key: "k", year: "x", value: "1,2,3", source: "" }])).toEqual([{ year: "x", value: "1,2,3", source: "" }]);
  });
});
