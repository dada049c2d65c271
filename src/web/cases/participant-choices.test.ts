import { describe, expect, it } from "vitest";
import { mostUsed, otherNames, participantChoices } from "./participant-choices";

describe("participantChoices", () => {
  const file = {
    caseDirectorName: "Sanne de Vries",
    participants: [{ id: "p1", role: "wmo_consulent" as const, name: "Wim Wmo", userId: null }],
  };

  it("offers each name once and ticks the case director and the head of the household", () => {
    const choices = participantChoices(file, [
      { givenName: "Kees", familyName: "de Boer", relation: "kind" },
      { givenName: "Anna", familyName: "de Boer", relation: "hoofd" },
      { givenName: "Sanne", familyName: "de Vries", relation: "overig" },
    ]);
    expect(choices.names).toEqual(["Sanne de Vries", "Wim Wmo", "Kees de Boer", "Anna de Boer"]);
    expect(choices.preselected).toEqual(["Sanne de Vries", "Anna de Boer"]);
  });

  it("takes the first member without a head, and only the director without members", () => {
    expect(participantChoices(file, [{ givenName: "Kees", familyName: "de Boer", relation: "kind" }]).preselected).toEqual([
      "Sanne de Vries",
      "Kees de Boer",
    ]);
    expect(participantChoices(file, []).preselected).toEqual(["Sanne de Vries"]);
  });
});

describe("otherNames and mostUsed", () => {
  it("splits typed names and finds the most used value", () => {
    expect(otherNames(" Piet; Kees ,, ")).toEqual(["Piet", "Kees"]);
    expect(otherNames("")).toEqual([]);
    expect(mostUsed(["overleg", "gesprek", "overleg"], "gesprek")).toBe("overleg");
    expect(mostUsed([], "gesprek")).toBe("gesprek");
  });
});
