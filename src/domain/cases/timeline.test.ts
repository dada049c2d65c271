import { describe, expect, it } from "vitest";
import { householdTimeline } from "./timeline";

const caseId = "c1";
const work = (plan: { createdOn: string; savedOn: string }, costing: { createdOn: string; savedOn: string }) => ({
  plans: [{ caseId, ...plan }],
  resources: [],
  scenarios: [{ caseId, ...costing }],
  measurements: [],
});
const planAndCosting = (items: ReturnType<typeof householdTimeline>) => items.map((i) => [i.on, i.kind, i.code, i.title]);

describe("householdTimeline: plan and costing", () => {
  it("shows when the plan was drawn up and, on a later day, that it was changed", () => {
    const items = householdTimeline([], [], work({ createdOn: "2026-03-02", savedOn: "2026-04-15" }, { createdOn: "2026-03-10", savedOn: "2026-03-20" }));
    expect(planAndCosting(items)).toEqual([
      ["2026-03-02", "plan", "created", "Plan opgesteld"],
      ["2026-03-10", "scenarios", "created", "Drie scenario's doorgerekend"],
      ["2026-03-20", "scenarios", "updated", "Scenario's opnieuw doorgerekend"],
      ["2026-04-15", "plan", "updated", "Plan bijgewerkt"],
    ]);
  });

  it("shows a plan and a costing saved again on the day they were made only once", () => {
    const items = householdTimeline([], [], work({ createdOn: "2026-03-02", savedOn: "2026-03-02" }, { createdOn: "2026-03-02", savedOn: "2026-03-02" }));
    expect(planAndCosting(items)).toEqual([
      ["2026-03-02", "plan", "created", "Plan opgesteld"],
      ["2026-03-02", "scenarios", "created", "Drie scenario's doorgerekend"],
    ]);
  });
});
