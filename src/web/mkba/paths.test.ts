import { describe, expect, it } from "vitest";
import { compareIdsOf, comparePath, modelPagePath } from "./paths";

describe("studio paths", () => {
  it("round-trips the compared models through the address", () => {
    const path = comparePath(["a1", "b2"]);
    expect(path).toBe("/mkba/vergelijken?modellen=a1%2Cb2");
    expect(compareIdsOf(path.slice(path.indexOf("?")))).toEqual(["a1", "b2"]);
    expect(compareIdsOf("")).toEqual([]);
    expect(comparePath([])).toBe("/mkba/vergelijken");
    expect(modelPagePath("x y")).toBe("/mkba/x%20y");
  });
});
