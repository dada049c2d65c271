import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { rows?: { row: number; column: string }[]; issues?: { path: string }[] } } };
type Comparison = { growth: { year: number; own: number; peers: number }; own: { series: { year: number; index: number }[] } };

describe.each(testTargets())("benchmarks against peer municipalities (%s)", (target) => {
  let harness: Harness;
  let advisor: Client;
  let controller: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    advisor = await harness.login("beleidsadviseur");
    controller = await harness.login("controller");
  });
  afterAll(async () => harness?.close());

  it("ships a fictional example set: the demo municipality flat while the peers grow", async () => {
    const overview = (await (await controller.request("GET", "/api/v1/benchmarks")).json()) as { municipalities: string[]; indicators: string[] };
    expect(overview.municipalities).toEqual(["Buurdorp", "Heidebeek", "Kempenstad", "Molenveld", "Voorbeeld"]);
    const result = (await (
      await controller.request("GET", "/api/v1/benchmarks/compare?municipality=Voorbeeld&peers=Buurdorp,Kempenstad,Heidebeek,Molenveld&indicator=wmo_clienten&baseYear=2015")
    ).json()) as Comparison;
    expect(result.growth.year).toBe(2020);
    expect(result.growth.own).toBeCloseTo(-0.02, 2);
    expect(result.growth.peers).toBeGreaterThan(0.25);
    expect(result.own.series[0]).toEqual({ year: 2015, index: 100 });
  });

  it("imports all rows or none, naming row and column; a good file replaces the set", async () => {
    const bad = await advisor.request("POST", "/api/v1/benchmarks/import", { csv: "gemeente;jaar;indicator;waarde\nA;2019;wmo_clienten;10\nB;negentien;wmo_clienten;x\n", source: "test" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorJson).error.details!.rows!.map((r) => `${r.row}:${r.column}`)).toEqual(["3:jaar", "3:waarde"]);
    expect(((await (await controller.request("GET", "/api/v1/benchmarks")).json()) as { municipalities: string[] }).municipalities).toContain("Voorbeeld");

    const good = await advisor.request("POST", "/api/v1/benchmarks/import", { csv: "gemeente;jaar;indicator;waarde\nA;2019;c;100\nA;2020;c;110\nB;2019;c;100\nB;2020;c;150\n", source: "test" });
    expect(await good.json()).toEqual({ rows: 4 });
    const unknown = await controller.request("GET", "/api/v1/benchmarks/compare?municipality=Voorbeeld&peers=B&indicator=c&baseYear=2019");
    expect(((await unknown.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("municipality");
    expect((await controller.request("POST", "/api/v1/benchmarks/import", { csv: "x", source: "y" })).status).toBe(403);
  });
});
