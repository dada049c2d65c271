import type { CaseFile } from "../../domain/cases/dto";
import type { Person } from "../../domain/households/dto";
import { fullName } from "../households/household-text";

export interface ParticipantChoices {
  /** Everyone who could have been there, each name once: the case director, the case's participants, the members. */
  readonly names: readonly string[];
  /** Ticked at the start: the case director and the resident (the head of the household, or else its first member). */
  readonly preselected: readonly string[];
}

/**
 * Who a conversation form offers as participants. A typical contact is the case director with the
 * resident, so those two start ticked.
 * @example participantChoices(file, members).preselected // ["Sanne de Vries", "Anna de Boer"]
 */
export const participantChoices = (
  file: Pick<CaseFile, "caseDirectorName" | "participants">,
  members: readonly Pick<Person, "givenName" | "familyName" | "relation">[],
): ParticipantChoices => {
  const names = [...new Set([file.caseDirectorName, ...file.participants.map((p) => p.name), ...members.map(fullName)])];
  const resident = members.find((member) => member.relation === "hoofd") ?? members[0];
  return { names, preselected: [file.caseDirectorName, ...(resident ? [fullName(resident)] : [])] };
};

/** The names typed in "Anderen", separated by commas or semicolons. @example otherNames("Piet; Kees ,") // ["Piet", "Kees"] */
export const otherNames = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");

/** The value that was used most, or the fallback. @example mostUsed(["a", "b", "b"], "c") // "b" */
export const mostUsed = <Value extends string>(values: readonly Value[], fallback: Value): Value => {
  const counts = new Map<Value, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
};
