import { describe, expect, it } from "vitest";
import { evaluateModel } from "../../engine/evaluate-model";
import { parseModel } from "../../engine/parse-model";
import { MODEL_TEMPLATES } from "../../domain/models/templates";
import { binOf, compareOption, sankeyOption } from "./chart-options";

const result = evaluateModel(parseModel(MODEL_TEMPLATES.schuldhulpverlening).model!, { monteCarlo: false }).result;

describe("chart options", () => {
  it("draws money from payers through the approach to beneficiaries, each once", () => {
    const option = sankeyOption(result, { gemeente: "Gemeente", huishoudens: "Huishoudens" }, { approach: "Aanpak", pays: (n) => `${n} betaalt`, gains: (n) => `${n} baat` }) as {
      series: { data: { name: string }[]; links: { source: string; target: string; value: number }[] }[];
    };
    const [series] = option.series;
    expect(series!.data.map((node) => node.name).sort()).toEqual(["Aanpak", "Gemeente baat", "Gemeente betaalt", "Huishoudens baat"]);
    const paid = series!.links.filter((link) => link.target === "Aanpak").reduce((sum, link) => sum + link.value, 0);
    expect(paid).toBe(Math.round(result.pvCosts));
  });

  it("finds the bin of a value", () => {
    const histogram = { edges: [0, 10, 20, 30], counts: [1, 2, 3] };
    expect([binOf(histogram, 0), binOf(histogram, 15), binOf(histogram, 30)]).toEqual([0, 1, 2]);
  });

  it("stacks the financial and immaterial part of each BCR", () => {
    const option = compareOption([{ name: "A", financialBcr: 0.6, bcr: 1.5 }], { financial: "F", immaterial: "I", breakEven: "1,0" }) as { series: { data: number[] }[] };
    expect(option.series.map((s) => s.data[0])).toEqual([0.6, 0.9]);
  });
});
