import { useTranslation } from "react-i18next";
import type { Team } from "../../domain/accounts/dto";

/** Teams as checkbox options: "Wijkteam Noord (Stichting Welzijn)", sorted by name. */
export const useTeamOptions = (teams: readonly Team[]) => {
  const { t, i18n } = useTranslation();
  return [...teams]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((team) => ({ value: team.id, label: t("teams.option", { name: team.name, organisation: team.organisationName }) }));
};
