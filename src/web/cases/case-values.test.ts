import { describe, expect, it } from "vitest";
import {
  ACTIVITIES,
  CASE_STATUSES,
  CLOSING_OUTCOMES,
  CONVERSATION_KINDS,
  caseListQuerySchema,
  PARTICIPANT_ROLES,
} from "../../domain/cases/dto";
import {
  ACTIVITY_VALUES,
  CASE_FILTER_VALUES,
  CASE_STATUS_VALUES,
  CLOSING_OUTCOME_VALUES,
  CONVERSATION_KIND_VALUES,
  caseFilterOf,
  PARTICIPANT_ROLE_VALUES,
} from "./case-values";
import { nl } from "../i18n/resources";

describe("case values", () => {
  it("match the domain's lists, in the same order", () => {
    expect(CASE_STATUS_VALUES).toEqual([...CASE_STATUSES]);
    expect(CONVERSATION_KIND_VALUES).toEqual([...CONVERSATION_KINDS]);
    expect(ACTIVITY_VALUES).toEqual([...ACTIVITIES]);
    expect(CLOSING_OUTCOME_VALUES).toEqual([...CLOSING_OUTCOMES]);
    expect(PARTICIPANT_ROLE_VALUES).toEqual([...PARTICIPANT_ROLES]);
    expect([...CASE_FILTER_VALUES].sort()).toEqual([...caseListQuerySchema.shape.status.unwrap().options].sort());
  });
});

describe("participant roles", () => {
  it("have a Dutch label for every role of the domain, in its order", () => {
    expect(Object.keys(nl.cases.participantRoles)).toEqual([...PARTICIPANT_ROLES]);
    expect(PARTICIPANT_ROLE_VALUES.map((role) => nl.cases.participantRoles[role])).toEqual([
      "Inwoner",
      "Sociaal werker",
      "Wmo-consulent",
      "Praktijkondersteuner huisarts",
      "Wijkverpleegkundige",
      "Netwerk",
      "Anders",
    ]);
  });
});

describe("caseFilterOf", () => {
  it("reads the filter from the address and falls back to the active cases", () => {
    expect(caseFilterOf("?status=evaluatie")).toBe("evaluatie");
    expect(caseFilterOf("?status=alle")).toBe("alle");
    expect(caseFilterOf("")).toBe("actief");
    expect(caseFilterOf("?status=onzin")).toBe("actief");
  });
});
