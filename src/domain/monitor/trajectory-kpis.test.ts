import { describe, expect, it } from "vitest";
import { type TrajectoryFacts, trafficLight, trajectoryKpis } from "./trajectory-kpis";

const trajectory = (start: Record<string, number>, after: Record<string, number>, satisfaction = 8): TrajectoryFacts => ({
  openedOn: "2026-02-01",
  closedOn: "2026-10-01",
  satisfaction,
  start,
  afterSixMonths: after,
});

describe("trajectoryKpis", () => {
  it("counts trajectories stable or better on their own domains, and average satisfaction", () => {
    const facts = [
      trajectory({ financien: 2 }, { financien: 4 }, 9),
      trajectory({ financien: 3, netwerk: 2 }, { financien: 3, netwerk: 2 }, 8),
      trajectory({ huisvesting: 2 }, { huisvesting: 3 }, 7),
      trajectory({ financien: 4 }, { financien: 2 }, 6),
      trajectory({ financien: 2, netwerk: 3 }, { financien: 3 }, 10), // only financien scored twice: 2 → 3
    ];
    const kpis = trajectoryKpis(facts, "2026-01-01", "2026-12-31");
    expect(kpis.reach).toBe(5);
    expect(kpis.selfRelianceStableOrBetter).toEqual({ share: 0.8, measured: 5 });
    expect(kpis.satisfaction).toEqual({ average: 8, scored: 5 });
  });

  it("suppresses groups below 5", () => {
    const kpis = trajectoryKpis([trajectory({ a: 1 }, { a: 2 })], "2026-01-01", "2026-12-31");
    expect(kpis).toEqual({ reach: null, selfRelianceStableOrBetter: { share: null, measured: null }, satisfaction: { average: null, scored: null } });
  });
});

describe("trafficLight", () => {
  it("is green at the target, orange within 10%, red beyond", () => {
    expect(trafficLight(0.75, 0.75, "at_least")).toBe("groen");
    expect(trafficLight(0.7, 0.75, "at_least")).toBe("oranje");
    expect(trafficLight(0.6, 0.75, "at_least")).toBe("rood");
    expect(trafficLight(null, 0.75, "at_least")).toBe("onbekend");
    expect(trafficLight(105, 100, "at_most")).toBe("oranje");
  });
});
