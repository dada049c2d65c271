import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYears, yearsText } from "./years-text";

describe("years as text", () => {
  it("reads lists and ranges", () => {
    expect(parseYears("0-2, 4")).toEqual([0, 1, 2, 4]);
    expect(parseYears("3 1 1")).toEqual([1, 3]);
    expect(parseYears("")).toBeNull();
    expect(parseYears("2-1")).toBeNull();
    expect(parseYears("een")).toBeNull();
  });

  it("writes runs as ranges and reads back what it wrote (property)", () => {
    expect(yearsText([0, 1, 2, 4])).toBe("0-2, 4");
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 60 }), { minLength: 1 }), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        expect(parseYears(yearsText(sorted))).toEqual(sorted);
      }),
    );
  });
});
