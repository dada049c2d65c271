import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidBsn, normaliseBsn } from "./bsn";

describe("isValidBsn (elfproef)", () => {
  it("accepts known valid test numbers and refuses near misses", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("123456782")).toBe(true);
    expect(isValidBsn("123456781")).toBe(false);
    expect(isValidBsn("000000000")).toBe(false);
    expect(isValidBsn("12345678")).toBe(false);
    expect(isValidBsn("12345678a")).toBe(false);
  });

  it("catches every single-digit typo in a valid number (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = "123456782".split("").map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        expect(isValidBsn(digits.join(""))).toBe(false);
      }),
    );
  });

  it("ignores spaces and dots people type", () => {
    expect(normaliseBsn("1234.56.782")).toBe("123456782");
    expect(normaliseBsn(" 123 456 782 ")).toBe("123456782");
  });
});
