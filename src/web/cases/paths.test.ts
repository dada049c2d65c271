import { describe, expect, it } from "vitest";
import { casesListPath, newCasePath, newCaseTargetOf, searchTermOf } from "./paths";

describe("case paths", () => {
  it("round-trips what 'Casus openen' is for", () => {
    expect(newCasePath()).toBe("/casussen/nieuw");
    const path = newCasePath({ questionId: "q1", householdId: "h1" });
    expect(path).toBe("/casussen/nieuw?vraag=q1&huishouden=h1");
    expect(newCaseTargetOf(path.slice(path.indexOf("?")))).toEqual({ questionId: "q1", householdId: "h1" });
    expect(newCaseTargetOf("")).toEqual({ questionId: undefined, householdId: undefined });
  });

  it("keeps the filter and the search term in the address, without the defaults", () => {
    expect(casesListPath({ status: "actief", term: "" })).toBe("/casussen");
    const path = casesListPath({ status: "alle", term: "de Boer" });
    expect(path).toBe("/casussen?status=alle&zoek=de+Boer");
    expect(searchTermOf(path.slice(path.indexOf("?")))).toBe("de Boer");
  });
});
