import { describe, expect, it } from "vitest";
import { compactList, listItemsOf } from "./list-items";

describe("list items", () => {
  it("give every line its own key", () => {
    const items = listItemsOf(["a", "a"]);
    expect(items.map((item) => item.text)).toEqual(["a", "a"]);
    expect(items[0]?.key).not.toBe(items[1]?.key);
  });

  it("drop empty lines but remember where the others were", () => {
    const items = [
      { key: "1", text: " " },
      { key: "2", text: " Werk zoeken " },
      { key: "3", text: "" },
      { key: "4", text: "Schulden" },
    ];
    expect(compactList(items)).toEqual({ texts: ["Werk zoeken", "Schulden"], formIndexes: [1, 3] });
  });
});
