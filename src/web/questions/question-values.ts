import type { Channel, Topic, TriageOutcome } from "../../domain/questions/dto";
import type { QuestionStatusFilter } from "../api/questions";

/**
 * The choices of the question forms, in the server's order. Written out here because importing
 * CHANNELS, TOPICS and TRIAGE_OUTCOMES from the DTO module would bundle zod (about 25 kB gzipped)
 * into the browser app; `Record<…, true>` makes the compiler report a missing or unknown value, and
 * question-values.test.ts checks the order against the domain constants.
 */
const keysOf = <Value extends string>(record: Record<Value, true>): Value[] => Object.keys(record) as Value[];

export const CHANNEL_VALUES = keysOf<Channel>({
  telefoon: true,
  balie: true,
  email: true,
  website: true,
  huisbezoek: true,
  verwijzing: true,
  anders: true,
});

export const TOPIC_VALUES = keysOf<Topic>({
  wonen: true,
  geldzaken: true,
  zorg_en_gezondheid: true,
  opvoeding_en_jeugd: true,
  werk_en_inkomen: true,
  eenzaamheid_en_contact: true,
  veiligheid: true,
  overig: true,
});

export const OUTCOME_VALUES = keysOf<TriageOutcome>({
  solved_directly: true,
  needs_conversation: true,
  referred_elsewhere: true,
});

/** The list filter, in the order of the select; the first is the default (the triage work queue). */
export const STATUS_FILTER_VALUES = keysOf<QuestionStatusFilter>({
  awaiting_triage: true,
  solved_directly: true,
  needs_conversation: true,
  referred_elsewhere: true,
  all: true,
});

export const DEFAULT_STATUS_FILTER: QuestionStatusFilter = "awaiting_triage";

/** The filter named in the address (`?status=…`), or the default. */
export const statusFilterOf = (search: string): QuestionStatusFilter => {
  const value = new URLSearchParams(search).get("status");
  return STATUS_FILTER_VALUES.find((candidate) => candidate === value) ?? DEFAULT_STATUS_FILTER;
};
