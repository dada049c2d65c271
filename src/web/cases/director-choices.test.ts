import { describe, expect, it } from "vitest";
import { directorChoices } from "./director-choices";

const me = { id: "me", displayName: "Sanne de Vries" };
const mine = (name: string) => `${name} (u zelf)`;

describe("directorChoices", () => {
  it("offers me first, then my colleagues by name, without listing me twice", () => {
    const colleagues = [
      { id: "b", displayName: "Zeynep Kaya" },
      { id: "me", displayName: "Sanne de Vries" },
      { id: "a", displayName: "Bram Jansen" },
    ];
    expect(directorChoices(me, colleagues, mine, "nl")).toEqual([
      { value: "me", label: "Sanne de Vries (u zelf)" },
      { value: "a", label: "Bram Jansen" },
      { value: "b", label: "Zeynep Kaya" },
    ]);
  });

  it("still offers me when the colleagues are not (yet) known", () => {
    expect(directorChoices(me, [], mine, "nl")).toEqual([{ value: "me", label: "Sanne de Vries (u zelf)" }]);
  });
});
