import type { AddMeasurement, Instrument, Measurement } from "../../domain/outcomes/dto";
import type { FieldRef } from "../api/form-failure";
import type { Moment } from "./outcome-values";

/** The level (as the select's text) and the reason of one ticked domain. */
export interface ScoreForm {
  readonly level: string;
  readonly reason: string;
}

/** The ticked domains by code; a domain that is not ticked is not scored at all. */
export type ScoresForm = Readonly<Record<string, ScoreForm>>;

export const domainFieldId = (domain: string, part: "domain" | "level" | "reason") => `measurement-${domain}-${part}`;

/**
 * The moment a new measurement most likely is: the start when there is none yet, the closing
 * measurement for a closed case, the follow-up after six months once the start is there, and
 * after that an intermediate one.
 */
export const suggestedMoment = (measurements: readonly Pick<Measurement, "moment">[], closed: boolean): Moment => {
  const done = new Set(measurements.map((measurement) => measurement.moment));
  if (!done.has("start")) return "start";
  if (closed) return "afsluiting";
  return done.has("na_6_maanden") ? "tussentijds" : "na_6_maanden";
};

export interface MeasurementLabels {
  level: (domain: string) => string;
  reason: (domain: string) => string;
}

export interface MeasurementSubmission {
  readonly scores: AddMeasurement["scores"];
  readonly fields: Record<string, FieldRef>;
  /** Paths of ticked domains without a level, where the form shows its own message. */
  readonly missingLevels: readonly string[];
}

/**
 * The scores to send — only the ticked domains, in the instrument's order, each with its level and
 * reason — and for every path (`scores.1.reason`) the control to show its message at.
 */
export const scoresSubmissionOf = (scores: ScoresForm, instrument: Instrument, labels: MeasurementLabels): MeasurementSubmission => {
  const fields: Record<string, FieldRef> = {};
  const missingLevels: string[] = [];
  const ticked = instrument.domains.filter((domain) => domain.code in scores);
  const sent = ticked.map((domain, index) => {
    const score = scores[domain.code] ?? { level: "", reason: "" };
    fields[`scores.${index}.domain`] = { id: domainFieldId(domain.code, "domain"), label: domain.label };
    fields[`scores.${index}.level`] = { id: domainFieldId(domain.code, "level"), label: labels.level(domain.label) };
    fields[`scores.${index}.reason`] = { id: domainFieldId(domain.code, "reason"), label: labels.reason(domain.label) };
    if (score.level === "") missingLevels.push(`scores.${index}.level`);
    return { domain: domain.code, level: score.level === "" ? (undefined as unknown as number) : Number(score.level), reason: score.reason };
  });
  return { scores: sent, fields, missingLevels };
};
