import { describe, expect, it } from "vitest";
import { SELF_RELIANCE_MATRIX } from "../../domain/outcomes/self-reliance-matrix";
import { scoresSubmissionOf, suggestedMoment } from "./measurement-form";

describe("suggestedMoment", () => {
  it("starts with the start measurement, then the follow-up, then intermediate ones", () => {
    expect(suggestedMoment([], false)).toBe("start");
    expect(suggestedMoment([{ moment: "start" }], false)).toBe("na_6_maanden");
    expect(suggestedMoment([{ moment: "start" }, { moment: "na_6_maanden" }], false)).toBe("tussentijds");
    expect(suggestedMoment([{ moment: "start" }], true)).toBe("afsluiting");
    expect(suggestedMoment([], true)).toBe("start");
  });
});

describe("scoresSubmissionOf", () => {
  const labels = { level: (domain: string) => `${domain}: niveau`, reason: (domain: string) => `${domain}: waarom` };

  it("sends only the ticked domains in the instrument's order and maps each path to its control", () => {
    const result = scoresSubmissionOf(
      { huisvesting: { level: "2", reason: "Huurachterstand" }, financien: { level: "1", reason: "" } },
      SELF_RELIANCE_MATRIX,
      labels,
    );
    expect(result.scores).toEqual([
      { domain: "financien", level: 1, reason: "" },
      { domain: "huisvesting", level: 2, reason: "Huurachterstand" },
    ]);
    expect(result.fields["scores.0.reason"]).toEqual({ id: "measurement-financien-reason", label: "Financiën: waarom" });
    expect(result.fields["scores.1.level"]?.id).toBe("measurement-huisvesting-level");
    expect(result.missingLevels).toEqual([]);
  });

  it("reports a ticked domain without a level", () => {
    const result = scoresSubmissionOf({ justitie: { level: "", reason: "Boete" } }, SELF_RELIANCE_MATRIX, labels);
    expect(result.scores[0]?.level).toBeUndefined();
    expect(result.missingLevels).toEqual(["scores.0.level"]);
  });
});
