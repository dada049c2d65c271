import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps short texts whole, on one line", () => {
    expect(excerpt("Vraag over\n  huur", 80)).toBe("Vraag over huur");
  });

  it("cuts long texts at a word, or mid-word when the first word is too long", () => {
    expect(excerpt("Vraag over de huurtoeslag", 16)).toBe("Vraag over de…");
    expect(excerpt("Huurtoeslagaanvraagformulier", 10)).toBe("Huurtoesla…");
  });
});
