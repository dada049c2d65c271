import { describe, expect, it } from "vitest";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { FACTORS_TITLE, NO_FACTORS_TEXT, factorBlocks } from "./businesscase-factors";

type Factor = BusinessCaseResult["factors"][number];
let next = 0;
const factor = (kind: Factor["kind"], label: string, cases: number | null, active = true): Factor => ({
  id: `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`,
  kind,
  label,
  active,
  cases,
});

describe("the factors section of the council report", () => {
  it("lists success factors, then failure factors, most cases first, with suppressed counts as null and retired ones marked", () => {
    const blocks = factorBlocks({
      factors: [
        factor("failure_factor", "Wachtlijst", null, false),
        factor("failure_factor", "Schotten in financiering", 6),
        factor("success_factor", "Eigen kracht benut", null),
        factor("success_factor", "Netwerk ingezet", 12),
        factor("success_factor", "Snelle toegang", 0),
      ],
    });
    expect(blocks[0]).toEqual({ kind: "heading", text: FACTORS_TITLE, level: 1 });
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.table.rows).toEqual([
      ["Netwerk ingezet", "Succesfactor", 12],
      ["Eigen kracht benut", "Succesfactor", null],
      ["Schotten in financiering", "Faalfactor", 6],
      ["Wachtlijst (niet meer in gebruik)", "Faalfactor", null],
    ]);
    expect(blocks.some((b) => b.kind === "paragraph" && b.text === NO_FACTORS_TEXT)).toBe(false);
  });

  it("says so in a sentence, without a table, when no selected case carries a factor", () => {
    for (const factors of [[], [factor("success_factor", "Snelle toegang", 0), factor("failure_factor", "Wachtlijst", 0, false)]]) {
      const blocks = factorBlocks({ factors });
      expect(blocks.some((b) => b.kind === "table")).toBe(false);
      expect(blocks.at(-1)).toEqual({ kind: "paragraph", text: NO_FACTORS_TEXT });
    }
  });
});
