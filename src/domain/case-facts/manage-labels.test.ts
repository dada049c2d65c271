import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import type { CaseLabel } from "./dto";
import { sameLabelText } from "./label-taken";
import { addLabel, updateLabel } from "./manage-labels";
import type { CaseFactsRepository, LabelUpdateOutcome } from "./repository";
import type { CaseFactsDeps } from "./service";

const WACHTLIJST: CaseLabel = { id: "00000000-0000-4000-8000-000000000001", kind: "failure_factor", label: "Wachtlijst", active: false };
const AANBOD: CaseLabel = { id: "00000000-0000-4000-8000-000000000002", kind: "failure_factor", label: "Geen aanbod", active: true };

/** A strict fake: only the calls label management makes; anything else fails the test. */
const depsWith = (labels: CaseLabel[], outcome: LabelUpdateOutcome, inserted: CaseLabel | null = null): CaseFactsDeps => {
  const unexpected = () => {
    throw new Error("not used by label management");
  };
  const facts = new Proxy({} as CaseFactsRepository, {
    get: (_, name) => {
      if (name === "labels") return async () => labels;
      if (name === "updateLabel") return async () => outcome;
      if (name === "insertLabel") return async () => inserted;
      return unexpected;
    },
  });
  return { facts, now: () => new Date("2026-11-23T12:00:00Z") };
};

const failureOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("sameLabelText", () => {
  it("ignores case and surrounding space, and is symmetric", () => {
    fc.assert(
      fc.property(fc.string(), (a) => {
        // Letters whose upper case does not lower back ("ß" → "SS") are a different word to the index too.
        fc.pre(a.toUpperCase().toLowerCase() === a.toLowerCase());
        expect(sameLabelText(a, `  ${a.toUpperCase()} `)).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => sameLabelText(a, b) === sameLabelText(b, a)));
    expect(sameLabelText("Eén regisseur", "EÉN REGISSEUR")).toBe(true);
    expect(sameLabelText("Wachtlijst", "Wachtlijsten")).toBe(false);
  });
});

describe("updateLabel", () => {
  it("answers version_conflict when the row no longer holds what the client read", async () => {
    const error = await failureOf(updateLabel(depsWith([AANBOD], { kind: "stale" }), "t", AANBOD.id, { expected: { label: "Oud", active: true }, active: false }));
    expect(error.code).toBe("version_conflict");
  });

  it("answers not found for a label that does not exist", async () => {
    const error = await failureOf(updateLabel(depsWith([AANBOD], { kind: "stale" }), "t", WACHTLIJST.id, { expected: { label: "Wachtlijst", active: true }, active: false }));
    expect(error.code).toBe("not_found");
  });

  it("puts the message at the field when another label of the kind has the name, also when the index decides", async () => {
    const checked = await failureOf(updateLabel(depsWith([WACHTLIJST, AANBOD], { kind: "stale" }), "t", AANBOD.id, { expected: { label: AANBOD.label, active: true }, label: "wachtlijst" }));
    expect(checked.code).toBe("conflict");
    expect(checked.details).toEqual({ issues: [{ path: "label", message: expect.stringContaining("is uitgezet") }] });
    const raced = await failureOf(updateLabel(depsWith([AANBOD], { kind: "taken" }), "t", AANBOD.id, { expected: { label: AANBOD.label, active: true }, label: "Nieuw" }));
    expect(raced.details).toEqual({ issues: [{ path: "label", message: "Deze omschrijving staat al in de lijst" }] });
  });

  it("returns the label as saved", async () => {
    const saved = { ...AANBOD, label: "Geen passend aanbod" };
    expect(await updateLabel(depsWith([AANBOD], { kind: "updated", label: saved }), "t", AANBOD.id, { expected: { label: AANBOD.label, active: true }, label: saved.label })).toEqual(saved);
  });
});

describe("addLabel", () => {
  it("tells where a retired label with the same name is", async () => {
    const error = await failureOf(addLabel(depsWith([WACHTLIJST], { kind: "stale" }, null), "t", { kind: "failure_factor", label: "WACHTLIJST" }));
    expect(error.details).toEqual({ issues: [{ path: "label", message: expect.stringContaining("Factoren en aanpakken") }] });
  });
});
