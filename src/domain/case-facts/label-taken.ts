import { AppError } from "../errors";
import type { CaseLabel } from "./dto";

/**
 * Whether two label texts are the same word for the list: compared without case, as the unique index
 * (`lower(label)` per tenant and kind) compares them.
 * @example sameLabelText("Wachtlijst", "wachtLIJST") // true
 */
export const sameLabelText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * 409 with the message at the text field. A retired label keeps its name, so the message says where to
 * bring it back instead of leaving the user to guess why an absent word is "already in the list".
 */
export const labelTaken = (holder: CaseLabel | undefined): AppError => {
  const message = holder && !holder.active ? "Deze omschrijving bestaat al maar is uitgezet; zet hem weer aan bij Beheer, Factoren en aanpakken" : "Deze omschrijving staat al in de lijst";
  return new AppError("conflict", `${message}.`, { issues: [{ path: "label", message }] });
};
