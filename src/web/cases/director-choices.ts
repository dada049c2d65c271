import type { Colleague } from "../api/accounts";

export interface DirectorChoice {
  readonly value: string;
  readonly label: string;
}

/**
 * Who can become the case director: I first (labelled as myself, also when the list has not loaded),
 * then my colleagues by name, each once.
 * @example directorChoices({ id: "1", displayName: "Sanne" }, colleagues, (name) => `${name} (u zelf)`, "nl")
 */
export const directorChoices = (
  me: { readonly id: string; readonly displayName: string },
  colleagues: readonly Pick<Colleague, "id" | "displayName">[],
  myLabel: (name: string) => string,
  language: string,
): DirectorChoice[] => [
  { value: me.id, label: myLabel(me.displayName) },
  ...colleagues
    .filter((colleague) => colleague.id !== me.id)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, language))
    .map((colleague) => ({ value: colleague.id, label: colleague.displayName })),
];
