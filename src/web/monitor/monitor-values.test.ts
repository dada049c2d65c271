import { describe, expect, it } from "vitest";
import type { Contract } from "../../domain/monitor/dto";
import { contractFormOf, contractInputOf, contractPeriod, emptyContractForm, formatPercent, monitorPath, ownMunicipalityOf } from "./monitor-values";

const contract: Contract = {
  id: "c1",
  organisationId: "o1",
  organisationName: "Consortium",
  name: "Lumpsum",
  financing: "lump_sum",
  startsOn: "2025-01-01",
  endsOn: "2026-12-31",
  amountCents: 15_000_000,
  targetStableOrBetter: 0.75,
  targetSatisfaction: 7.5,
  targetReach: 60,
  version: 3,
};

describe("contract form", () => {
  it("round-trips a contract through the form as typed in Dutch", () => {
    const values = contractFormOf(contract);
    expect(values).toMatchObject({ startsOn: "01-01-2025", amount: "150000,00", targetStableOrBetterPercent: "75", targetSatisfaction: "7,5", targetReach: "60" });
    const { input, unreadable } = contractInputOf(values);
    expect(unreadable).toEqual([]);
    expect(input).toEqual({ organisationId: "o1", name: "Lumpsum", financing: "lump_sum", startsOn: "2025-01-01", endsOn: "2026-12-31", amountCents: 15_000_000, targetStableOrBetter: 0.75, targetSatisfaction: 7.5, targetReach: 60 });
  });

  it("names the fields it cannot read and leaves an empty reach target out", () => {
    const { input, unreadable } = contractInputOf({ ...emptyContractForm(), startsOn: "31-02-2026", endsOn: "1-3-2026", amount: "veel", targetSatisfaction: "acht", targetReach: "" });
    expect(unreadable).toEqual(["startsOn", "amountCents", "targetSatisfaction"]);
    expect(input.endsOn).toBe("2026-03-01");
    expect(input.targetReach).toBeNull();
    expect(input.targetStableOrBetter).toBe(0.75);
    expect(contractInputOf({ ...emptyContractForm(), targetReach: "vijf" }).unreadable).toContain("targetReach");
  });
});

describe("monitor values", () => {
  it("formats shares, picks the KPI period and the own municipality", () => {
    expect(formatPercent(5 / 6)).toBe("83,3%");
    expect(contractPeriod(contract, "2026-11-23")).toEqual({ from: "2025-01-01", to: "2026-11-23" });
    expect(contractPeriod(contract, "2027-03-01")).toEqual({ from: "2025-01-01", to: "2026-12-31" });
    expect(ownMunicipalityOf(["Buurdorp", "Voorbeeld"], "Gemeente Voorbeeld")).toBe("Voorbeeld");
    expect(ownMunicipalityOf(["Buurdorp", "Heidebeek"], "Gemeente Elders")).toBe("Buurdorp");
    expect(monitorPath("benchmarks")).toBe("/monitor/benchmarks");
  });
});
