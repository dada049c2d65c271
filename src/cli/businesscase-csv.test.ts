import { describe, expect, it } from "vitest";
import { VERDICT_CODE } from "../engine/index";
import { CASE_COLUMNS, formatProblem, parseDate, readCasesCsv, readPricesCsv } from "./businesscase-csv";

const HEADER = CASE_COLUMNS.join(";");
const PRODUCTS = new Map([["WMO-BG", 0]]);

describe("parseDate", () => {
  it.each([
    ["03-01-2024", "2024-01-03"],
    ["3-1-2024", "2024-01-03"],
    ["29-02-2024", "2024-02-29"],
    ["2024-12-31", "2024-12-31"],
  ])("reads %s as %s", (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(["29-02-2023", "31-04-2024", "2024-13-01", "2024/01/01", "01.01.2024", "1-1-24", "", "2024-1-1"])("rejects %j", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe("readCasesCsv", () => {
  it("fills the engine's columns: verdict codes, product indices, empty direct costs as 0", () => {
    const text = `${HEADER}\nA;t;01-01-2024;1,25;;ja;Voorkomen;WMO-BG;2;3\nB;t;01-01-2024;2;1.234,56;nee;;;;\nC;t;01-01-2024;0;0;ja;geen;WMO-BG;;\n`;
    const { cases, problems } = readCasesCsv(text, "c.csv", PRODUCTS);
    expect(problems).toEqual([]);
    expect(cases?.caseIds).toEqual(["A", "B", "C"]);
    expect(cases?.opened).toEqual(["2024-01-01", "2024-01-01", "2024-01-01"]);
    const columns = cases?.columns;
    expect([...(columns?.hours ?? [])]).toEqual([1.25, 2, 0]);
    expect([...(columns?.directCosts ?? [])]).toEqual([0, 1234.56, 0]);
    expect([...(columns?.verdict ?? [])]).toEqual([VERDICT_CODE.prevented, VERDICT_CODE.notReviewed, VERDICT_CODE.none]);
    // a product on a case without effect is checked but not used
    expect([...(columns?.avoidedProduct ?? [])]).toEqual([0, -1, -1]);
    expect([...(columns?.avoidedUnitsPerMonth ?? [])]).toEqual([2, 0, 0]);
    expect([...(columns?.avoidedMonths ?? [])]).toEqual([3, 0, 0]);
  });

  it("counts physical lines: empty lines and line breaks inside quoted fields", () => {
    const text = `${HEADER}\r\n\r\nA;"team\r\nnoord";01-01-2024;x;0;nee;;;;\r\nB;t;01-01-2024;y;0;nee;;;;\r\n`;
    const { problems } = readCasesCsv(text, "c.csv", PRODUCTS);
    expect(problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [3, "hours", "x"],
      [5, "hours", "y"],
    ]);
  });

  it("accepts thousands dots only with a decimal comma, and a leading €", () => {
    const read = (hours: string, extra = "1,5") =>
      readCasesCsv(`${HEADER}\nA;t;01-01-2024;${hours};0;nee;;;;\nB;t;01-01-2024;${extra};0;nee;;;;\n`, "c.csv", PRODUCTS);
    expect(read("1.234").cases?.columns.hours[0]).toBe(1234);
    expect(read("€ 1.234,5").cases?.columns.hours[0]).toBe(1234.5);
    expect(read("1.234", "2").cases?.columns.hours[0]).toBe(1.234);
    expect(read("1.23").problems[0]?.message).toContain("geen getal");
    expect(read("1 234").problems[0]?.message).toContain("geen getal");
  });

  it("checks codes only when the price list could be read", () => {
    const text = `${HEADER}\nA;t;01-01-2024;1;0;ja;voorkomen;ONBEKEND;1;1\n`;
    expect(readCasesCsv(text, "c.csv", null).problems).toEqual([]);
    expect(readCasesCsv(text, "c.csv", PRODUCTS).problems).toHaveLength(1);
  });
});

describe("readPricesCsv", () => {
  it("reads the price list with its provenance", () => {
    const { prices, problems } = readPricesCsv("code,label,unit,price,payer,price_year,source,extra\nX,Iets,uur,12.5,Wlz,2023,Contract,?\n", "p.csv");
    expect(problems).toEqual([]);
    expect(prices).toEqual([{ code: "X", label: "Iets", unit: "uur", price: 12.5, payer: "Wlz", priceYear: 2023, source: "Contract" }]);
  });
});

describe("formatProblem", () => {
  it("names file, line, column and value, and escapes line breaks", () => {
    expect(formatProblem({ file: "c.csv", line: 4, column: "hours", value: "1\n2", message: "geen getal" })).toBe('c.csv regel 4, kolom "hours", waarde "1\\n2": geen getal');
    expect(formatProblem({ file: "s.json", line: null, column: "hourlyRate", value: null, message: "ontbreekt" })).toBe('s.json veld "hourlyRate": ontbreekt');
    expect(formatProblem({ file: "x.csv", line: null, column: null, value: null, message: "kan het bestand niet lezen" })).toBe("x.csv: kan het bestand niet lezen");
  });
});
