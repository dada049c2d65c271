import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xoshiro128ss } from "../../engine/xoshiro128ss";
import { checkPanel } from "./reviewer-independence";
import { sampleCases } from "./sample-cases";

const cases = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([team, n]) => Array.from({ length: n }, (_, i) => ({ caseId: `${team}-${String(i).padStart(3, "0")}`, teamId: team })));

describe("sampleCases", () => {
  it("allocates proportionally per team with largest remainders", () => {
    const sample = sampleCases(cases({ noord: 60, zuid: 30, toegang: 10 }), { size: 15, stratifyByTeam: true, rng: xoshiro128ss(1) });
    const perTeam = (team: string) => sample.filter((id) => id.startsWith(team)).length;
    expect([perTeam("noord"), perTeam("zuid"), perTeam("toegang")]).toEqual([9, 4, 2]);
  });

  it("is reproducible with the same seed and differs with another", () => {
    const pool = cases({ noord: 40, zuid: 40 });
    const a = sampleCases(pool, { size: 10, stratifyByTeam: false, rng: xoshiro128ss(7) });
    expect(sampleCases(pool, { size: 10, stratifyByTeam: false, rng: xoshiro128ss(7) })).toEqual(a);
    expect(sampleCases(pool, { size: 10, stratifyByTeam: false, rng: xoshiro128ss(8) })).not.toEqual(a);
  });

  it("draws the requested number of distinct cases from the pool (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.integer({ min: 0, max: 30 })), fc.integer({ min: 0, max: 120 }), fc.boolean(), fc.integer(), (counts, size, stratify, seed) => {
        const pool = cases(counts);
        const sample = sampleCases(pool, { size, stratifyByTeam: stratify, rng: xoshiro128ss(seed) });
        expect(sample).toHaveLength(Math.min(size, pool.length));
        expect(new Set(sample).size).toBe(sample.length);
        const ids = new Set(pool.map((c) => c.caseId));
        expect(sample.every((id) => ids.has(id))).toBe(true);
      }),
    );
  });
});

describe("checkPanel", () => {
  const involvement = { caseDirectorId: "sanne", participantUserIds: ["karim"], hoursUserIds: ["sanne", "olga"], conversationRecorderIds: ["sanne"] };

  it("accepts three distinct reviewers who were not involved", () => {
    expect(checkPanel(["p1", "p2", "p3"], involvement)).toEqual([]);
  });

  it("refuses involved, duplicate or too few reviewers", () => {
    expect(checkPanel(["p1", "olga", "p3"], involvement)).toEqual([{ path: "reviewerIds.1", message: "Deze beoordelaar was betrokken bij de casus" }]);
    expect(checkPanel(["p1", "p1", "p2"], involvement).map((i) => i.message)).toEqual(["Kies drie verschillende beoordelaars"]);
    expect(checkPanel(["p1", "p2"], involvement).map((i) => i.message)).toEqual(["Een panel bestaat uit drie beoordelaars"]);
  });
});
