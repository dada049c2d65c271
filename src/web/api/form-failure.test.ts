import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { fieldMessages, formFailureOf, messagesById, withFieldMessage } from "./form-failure";

describe("formFailureOf", () => {
  it("recognises a stale version", () => {
    const error = new ApiError({ status: 409, code: "version_conflict", message: "Gewijzigd" });
    expect(formFailureOf(error)).toEqual({ kind: "conflict" });
  });

  it("puts validation issues at their fields", () => {
    const error = new ApiError({
      status: 400,
      code: "validation_failed",
      message: "Controleer de invoer",
      details: { issues: [{ path: "email", message: "Vul een geldig e-mailadres in" }] },
    });
    const failure = formFailureOf(error);
    expect(failure).toEqual({
      kind: "fields",
      message: "Controleer de invoer",
      fields: { email: "Vul een geldig e-mailadres in" },
    });
    expect(fieldMessages(failure)).toEqual({ email: "Vul een geldig e-mailadres in" });
  });

  it("keeps other errors whole", () => {
    const error = new ApiError({ status: 409, code: "conflict", message: "Deze gebruikersnaam bestaat al" });
    expect(formFailureOf(error)).toEqual({ kind: "other", error });
    expect(fieldMessages(formFailureOf(error))).toEqual({});
    expect(fieldMessages(null)).toEqual({});
  });
});

describe("withFieldMessage", () => {
  it("replaces the message of a field that failed, and leaves other failures alone", () => {
    const failure = formFailureOf(
      new ApiError({
        status: 400,
        code: "validation_failed",
        message: "Controleer de invoer",
        details: { issues: [{ path: "dueOn", message: "Gebruik een datum als jjjj-mm-dd" }] },
      }),
    );
    expect(fieldMessages(withFieldMessage(failure, "dueOn", "Gebruik dd-mm-jjjj"))).toEqual({ dueOn: "Gebruik dd-mm-jjjj" });
    expect(withFieldMessage(failure, "title", "x")).toBe(failure);
    expect(withFieldMessage({ kind: "conflict" }, "dueOn", "x")).toEqual({ kind: "conflict" });
  });
});

describe("full paths and messagesById", () => {
  const error = new ApiError({
    status: 400,
    code: "validation_failed",
    message: "Controleer de gemarkeerde velden.",
    details: {
      issues: [
        { path: "lines.regulier.0.payer", message: "Kies wie betaalt" },
        { path: "scores.1.reason", message: "Geef aan waarom dit domein relevant is" },
      ],
    },
  });

  it("keeps the whole path when asked", () => {
    expect(fieldMessages(formFailureOf(error))).toEqual({ lines: "Kies wie betaalt", scores: "Geef aan waarom dit domein relevant is" });
    expect(fieldMessages(formFailureOf(error, { fullPaths: true }))).toEqual({
      "lines.regulier.0.payer": "Kies wie betaalt",
      "scores.1.reason": "Geef aan waarom dit domein relevant is",
    });
  });

  it("puts messages at the controls the paths were sent from", () => {
    const failure = formFailureOf(error, { fullPaths: true });
    expect(
      messagesById(failure, {
        "scores.1.reason": { id: "measurement-financien-reason", label: "Financiën: waarom?" },
      }),
    ).toEqual({ "measurement-financien-reason": "Geef aan waarom dit domein relevant is" });
    expect(messagesById(null, {})).toEqual({});
  });
});
