import { describe, expect, it } from "vitest";
import { actionsToSend } from "./action-lines";

describe("actionsToSend", () => {
  it("drops empty lines, reads Dutch dates and remembers each action's line in the form", () => {
    const result = actionsToSend([
      { key: "a", what: " ", owner: "", dueOn: "" },
      { key: "b", what: "Bellen met de corporatie", owner: "Wmo-consulent", dueOn: "1-2-2026" },
      { key: "c", what: "Contract", owner: "", dueOn: "morgen" },
    ]);
    expect(result.actions).toEqual([
      { what: "Bellen met de corporatie", owner: "Wmo-consulent", dueOn: "2026-02-01" },
      { what: "Contract", owner: "", dueOn: "morgen" },
    ]);
    expect(result.formIndexes).toEqual([1, 2]);
  });
});
