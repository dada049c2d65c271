import type { z } from "zod";
import type { Finding } from "./finding";
import { formatPath } from "./format-path";

type Issue = z.core.$ZodIssue;

const FRACTIONS = new Set(["deadweight", "displacement", "attribution", "dropOff", "optimismBias"]);

const EXPECTED: Record<string, string> = {
  number: "een getal",
  int: "een geheel getal",
  string: "tekst",
  boolean: "true of false",
  object: "een object",
  array: "een lijst",
  record: "een object",
};

/** A short Dutch description of a JSON value, for "gekregen …". */
const describeValue = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "een lijst";
  if (typeof value === "object") return "een object";
  if (typeof value === "string") return `tekst ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `het getal ${value}`;
  if (typeof value === "boolean") return String(value);
  return typeof value;
};

const bound = (value: unknown): string => (typeof value === "bigint" ? value.toString() : String(value));

/** Translates one zod issue into findings (Dutch messages, our codes); `prefix` is the path of a union member. */
function translate(issue: Issue, prefix: readonly PropertyKey[]): Finding[] {
  const pathKeys = [...prefix, ...issue.path];
  const path = formatPath(pathKeys);
  const error = (code: Finding["code"], message: string): Finding[] => [{ level: "error", code, path, message }];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type": {
      if (input === undefined) return error("missing_field", "ontbreekt (verplicht veld)");
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return error("invalid_type", `verwacht ${expected}, gekregen ${describeValue(input)}`);
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = bound(small ? issue.minimum : issue.maximum);
      if (issue.origin === "number") {
        const last = pathKeys[pathKeys.length - 1];
        if (typeof last === "string" && FRACTIONS.has(last)) {
          return error("fraction_out_of_range", `moet een fractie tussen 0 en 1 zijn, gekregen ${bound(input)}`);
        }
        const relation = small
          ? issue.inclusive === false ? `groter dan ${limit}` : `minstens ${limit}`
          : issue.inclusive === false ? `kleiner dan ${limit}` : `hoogstens ${limit}`;
        return error("out_of_range", `moet ${relation} zijn, gekregen ${bound(input)}`);
      }
      if (issue.origin === "string") {
        return small && limit === "1"
          ? error("invalid_value", "mag niet leeg zijn")
          : error("invalid_value", `moet ${small ? "minstens" : "hoogstens"} ${limit} tekens lang zijn`);
      }
      if (issue.origin === "array") {
        return error("invalid_value", `moet ${small ? "minstens" : "hoogstens"} ${limit} element(en) bevatten`);
      }
      return error("out_of_range", `moet ${small ? "minstens" : "hoogstens"} ${limit} zijn`);
    }
    case "invalid_value":
      return error(
        "invalid_value",
        `moet ${issue.values.map((v) => JSON.stringify(v)).join(" of ")} zijn, gekregen ${describeValue(input)}`,
      );
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        level: "error",
        code: "unknown_field",
        path: formatPath([...pathKeys, key]),
        message: `onbekend veld "${key}"`,
      }));
    case "invalid_key":
      return error(
        "invalid_name",
        `ongeldige naam "${String(input)}": gebruik letters, cijfers en _, begin met een letter of _, en kies geen gereserveerde naam (min, max, constructor, …)`,
      );
    case "invalid_union": {
      if ("note" in issue && issue.note === "No matching discriminator") {
        const options = "options" in issue && Array.isArray(issue.options) ? issue.options : [];
        const given = input !== null && typeof input === "object" ? (input as Record<string, unknown>)[String(pathKeys.at(-1))] : input;
        return error("invalid_value", `onbekende verdeling ${describeValue(given)}; kies uit ${options.map((o) => JSON.stringify(o)).join(", ")}`);
      }
      // A union of types (number | expression, rate | rates): report the member whose type matched, if any.
      const matched = issue.errors.find((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
      if (matched) return matched.flatMap((inner) => translate(inner, pathKeys));
      const expected = issue.errors
        .flatMap((branch) => branch.filter((i) => i.code === "invalid_type" && i.path.length === 0))
        .map((i) => (i.code === "invalid_type" ? (EXPECTED[i.expected] ?? i.expected) : ""));
      return error("invalid_type", `verwacht ${expected.join(" of ")}, gekregen ${describeValue(input)}`);
    }
    default:
      return error("invalid_value", `ongeldige waarde (${issue.message})`);
  }
}

/**
 * Translates zod issues of the model schema into findings with Dutch messages and JSON paths, e.g.
 * `{ path: "benefits[0].deadweight", code: "fraction_out_of_range", message: "moet een fractie tussen 0 en 1 zijn, gekregen 1.2" }`.
 * Parse with `reportInput: true` so messages can say what was given and tell missing fields apart.
 * @example zodIssueFindings(modelSchema.safeParse({}, { reportInput: true }).error.issues)[0].code // "missing_field"
 */
export function zodIssueFindings(issues: readonly Issue[]): Finding[] {
  return issues.flatMap((issue) => translate(issue, []));
}
