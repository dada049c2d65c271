import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PAYERS, type PriceItem } from "./dto";
import { formatPriceCsv, parseDecimal, parsePriceCsv } from "./price-csv";

const header = "code;omschrijving;eenheid;prijs;prijsjaar;betaler;bron;betrouwbaarheid;voorbeeld";

describe("parseDecimal", () => {
  it("reads Dutch and English notation", () => {
    expect(parseDecimal("1.234,56")).toBe(1234.56);
    expect(parseDecimal("1234,5")).toBe(1234.5);
    expect(parseDecimal("1234.56")).toBe(1234.56);
    expect(parseDecimal("€ 12")).toBe(12);
    expect(parseDecimal("twaalf")).toBeNull();
    expect(parseDecimal("")).toBeNull();
  });
});

describe("parsePriceCsv", () => {
  it("reads ; with decimal comma and a BOM, and , with decimal point", () => {
    const semicolon = parsePriceCsv(`\uFEFF${header}\r\nWMO-1;Begeleiding;uur;"65,50";2024;gemeente_wmo;Contract 2024;4;nee\r\n`);
    expect(semicolon).toEqual({
      ok: true,
      items: [{ code: "WMO-1", label: "Begeleiding", unit: "uur", priceCents: 6550, priceYear: 2024, payer: "gemeente_wmo", source: "Contract 2024", confidence: 4, isExample: false }],
    });
    const comma = parsePriceCsv(`${header.replaceAll(";", ",")}\nWMO-1,Begeleiding,uur,65.5,2024,gemeente_wmo,Contract,4,ja\n`);
    expect(comma.ok && comma.items[0]!.priceCents).toBe(6550);
  });

  it("lists every problem with row and column and imports nothing", () => {
    const result = parsePriceCsv(
      [header, "A;Goed;uur;10;2024;wlz;bron;3;nee", "B;;uur;tien;1999;koning;bron;9;nee", "A;Dubbel;uur;10;2024;wlz;bron;3;nee"].join("\n"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual(
      expect.arrayContaining([
        { row: 3, column: "prijs", message: '"tien" is geen bedrag' },
        { row: 3, column: "omschrijving", message: "Vul een omschrijving in" },
        { row: 3, column: "prijsjaar", message: "Jaartal vanaf 2000" },
        expect.objectContaining({ row: 3, column: "betaler" }),
        expect.objectContaining({ row: 3, column: "betrouwbaarheid" }),
        { row: 4, column: "code", message: "Code komt al voor in regel 2" },
      ]),
    );
  });

  it("names missing columns", () => {
    const result = parsePriceCsv("code;omschrijving\nA;B\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.map((f) => f.column)).toEqual(["eenheid", "prijs", "prijsjaar", "betaler", "bron", "betrouwbaarheid"]);
  });

  it("reads back what it writes (property)", () => {
    const item = fc.record({
      code: fc.stringMatching(/^[A-Z0-9._-]{1,12}$/),
      label: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0),
      unit: fc.constantFrom("uur", "dag", "jaar"),
      priceCents: fc.integer({ min: 0, max: 10_000_000 }),
      priceYear: fc.integer({ min: 2000, max: 2100 }),
      payer: fc.constantFrom(...PAYERS),
      source: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0),
      confidence: fc.integer({ min: 1, max: 5 }),
      isExample: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { minLength: 1, maxLength: 5, selector: (i) => i.code }), (items) => {
        const full = items.map((i) => ({ ...i, id: "00000000-0000-4000-8000-000000000000", version: 1 })) as PriceItem[];
        const result = parsePriceCsv(formatPriceCsv(full));
        expect(result).toEqual({ ok: true, items });
      }),
    );
  });
});
