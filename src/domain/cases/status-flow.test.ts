import { describe, expect, it } from "vitest";
import type { CaseFile } from "./dto";
import { canMoveTo } from "./status-flow";
import { householdTimeline } from "./timeline";

describe("case status flow", () => {
  it("moves forward one step, back from evaluation to execution, and closes from any open step", () => {
    expect(canMoveTo("open", "plan")).toBe(true);
    expect(canMoveTo("open", "in_uitvoering")).toBe(false);
    expect(canMoveTo("evaluatie", "in_uitvoering")).toBe(true);
    expect(canMoveTo("plan", "afgesloten")).toBe(true);
    expect(canMoveTo("afgesloten", "open")).toBe(false);
  });
});

describe("householdTimeline", () => {
  it("orders by date, keeping the recording order within a day", () => {
    const file = {
      id: "c1",
      statusHistory: [
        { status: "open", changedOn: "2026-01-05" },
        { status: "plan", changedOn: "2026-01-12" },
      ],
      conversations: [{ id: "g1", heldOn: "2026-01-05", kind: "keukentafelgesprek", participants: ["Anna", "Sanne"], notes: null }],
      hours: [{ id: "h1", workedOn: "2026-01-08", userId: "u", userName: "Sanne", activity: "gesprek", minutes: 90 }],
    } as unknown as CaseFile;
    const items = householdTimeline([file], [{ id: "q1", receivedOn: "2026-01-02", topic: "geldzaken" }]);
    expect(items.map((i) => `${i.on} ${i.title}`)).toEqual([
      "2026-01-02 Vraag binnengekomen",
      "2026-01-05 Casus geopend",
      "2026-01-05 Gesprek (keukentafelgesprek)",
      "2026-01-08 1,5 uur gesprek",
      "2026-01-12 Plan in de maak",
    ]);
  });
});
