import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInstrumentSchema } from "../../domain/outcomes/dto";
import { listItemsOf } from "../ui/list-items";
import { codeOf, instrumentCodeOf, instrumentOf } from "./instrument-form";

describe("instrument form", () => {
  it("makes codes from Dutch labels", () => {
    expect(codeOf("Werk & opleiding")).toBe("werk_opleiding");
    expect(codeOf("Financiën")).toBe("financien");
    expect(instrumentCodeOf("Korte tevredenheidsmeting 2026")).toBe("korte-tevredenheidsmeting-2026");
  });

  it("drops empty lines, numbers the levels from 1 and keeps the screen line of each item", () => {
    const { input, domainLines, levelLines } = instrumentOf({
      name: " Gezinsmeting ",
      code: "gezin",
      domains: listItemsOf(["Opvoeding", " ", "Opvoeding", "Veiligheid"]),
      levels: listItemsOf(["Zorgelijk", "", "Op orde"]),
    });
    expect(input).toEqual({
      name: "Gezinsmeting",
      code: "gezin",
      domains: [
        { code: "opvoeding", label: "Opvoeding" },
        { code: "opvoeding_2", label: "Opvoeding" },
        { code: "veiligheid", label: "Veiligheid" },
      ],
      levels: [
        { value: 1, label: "Zorgelijk" },
        { value: 2, label: "Op orde" },
      ],
    });
    expect(domainLines).toEqual([0, 2, 3]);
    expect(levelLines).toEqual([0, 2]);
  });

  it("always sends domain codes the API accepts, each once, for any labels", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 90 }), { minLength: 1, maxLength: 20 }), (labels) => {
        const nonEmpty = labels.filter((label) => label.trim() !== "");
        fc.pre(nonEmpty.length > 0);
        const { input } = instrumentOf({ name: "Meting", code: "meting", domains: listItemsOf(labels), levels: listItemsOf(["Laag", "Hoog"]) });
        const parsed = createInstrumentSchema.safeParse(input);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
    );
  });
});
