import { useTranslation } from "react-i18next";
import { ROLES } from "../../domain/access/roles";

/** The roles as checkbox options, in the fixed order of ROLES, with their Dutch (or English) names. */
export const useRoleOptions = () => {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
};
