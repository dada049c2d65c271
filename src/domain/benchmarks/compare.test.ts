import { describe, expect, it } from "vitest";
import { parseBenchmarkCsv } from "./benchmark-csv";
import { compareWithPeers } from "./compare";

describe("parseBenchmarkCsv", () => {
  it("reads Dutch CSV and open-data headers", () => {
    expect(parseBenchmarkCsv("\uFEFFgemeente;jaar;indicator;waarde\r\nVoorbeeld;2019;wmo_clienten;1.234,5\r\n")).toEqual({ ok: true, rows: [{ municipality: "Voorbeeld", year: 2019, indicator: "wmo_clienten", value: 1234.5 }] });
    const open = parseBenchmarkCsv("RegioAanduiding,Perioden,Indicator,Value\nBuurdorp,2020JJ00,wmo_clienten,800\n");
    expect(open.ok && open.rows[0]).toEqual({ municipality: "Buurdorp", year: 2020, indicator: "wmo_clienten", value: 800 });
  });

  it("lists every problem with row and column", () => {
    const result = parseBenchmarkCsv("gemeente;jaar;indicator;waarde\nA;twintig;x;1\nA;2019;x;-3\nA;2019;x;4\n;2019;y;1\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings.map((f) => `${f.row}:${f.column}`)).toEqual(["2:jaar", "3:waarde", "4:gemeente", "5:gemeente"]);
    }
  });
});

describe("compareWithPeers", () => {
  it("indexes own and peer-group totals to the base year and gives the growth (Oirschot's picture)", () => {
    const rows = [
      { municipality: "Oirschot", year: 2015, indicator: "c", value: 500 },
      { municipality: "Oirschot", year: 2019, indicator: "c", value: 490 },
      { municipality: "A", year: 2015, indicator: "c", value: 1000 },
      { municipality: "A", year: 2019, indicator: "c", value: 1300 },
      { municipality: "B", year: 2015, indicator: "c", value: 1000 },
      { municipality: "B", year: 2019, indicator: "c", value: 1300 },
    ];
    const result = compareWithPeers(rows, { municipality: "Oirschot", peers: ["A", "B"], indicator: "c", baseYear: 2015 });
    expect(result.own.series).toEqual([{ year: 2015, index: 100 }, { year: 2019, index: 98 }]);
    expect(result.peers.series).toEqual([{ year: 2015, index: 100 }, { year: 2019, index: 130 }]);
    expect(result.growth.year).toBe(2019);
    expect(result.growth.own).toBeCloseTo(-0.02, 12);
    expect(result.growth.peers).toBeCloseTo(0.3, 12);
  });
});
