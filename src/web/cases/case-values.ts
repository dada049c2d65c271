import type { ACTIVITIES, CaseStatus, CLOSING_OUTCOMES, CONVERSATION_KINDS, PARTICIPANT_ROLES } from "../../domain/cases/dto";
import type { CaseStatusFilter } from "../api/cases";
import { keysOf } from "../keys-of";

export type ConversationKind = (typeof CONVERSATION_KINDS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The case statuses in the order of the flow (case-values.test.ts checks them against the domain). */
export const CASE_STATUS_VALUES = keysOf<CaseStatus>({
  open: true,
  plan: true,
  in_uitvoering: true,
  evaluatie: true,
  afgesloten: true,
});

/** The list filter, in the order of the select; the first is the default. */
export const CASE_FILTER_VALUES: readonly CaseStatusFilter[] = ["actief", "alle", ...CASE_STATUS_VALUES];

export const CONVERSATION_KIND_VALUES = keysOf<ConversationKind>({
  keukentafelgesprek: true,
  huisbezoek: true,
  telefonisch: true,
  overleg: true,
  anders: true,
});

export const ACTIVITY_VALUES = keysOf<Activity>({
  gesprek: true,
  coordinatie: true,
  uitvoering: true,
  overleg: true,
  administratie: true,
  reistijd: true,
});

export const CLOSING_OUTCOME_VALUES = keysOf<ClosingOutcome>({
  maatwerk_nodig: true,
  lichte_vorm: true,
  andere_oplossing: true,
});

export const PARTICIPANT_ROLE_VALUES = keysOf<ParticipantRole>({
  inwoner: true,
  sociaal_werker: true,
  wmo_consulent: true,
  praktijkondersteuner: true,
  wijkverpleegkundige: true,
  netwerk: true,
  anders: true,
});

/** The filter named in the address (`?status=…`), or the active cases. */
export const caseFilterOf = (search: string): CaseStatusFilter => {
  const value = new URLSearchParams(search).get("status");
  return CASE_FILTER_VALUES.find((candidate) => candidate === value) ?? "actief";
};
