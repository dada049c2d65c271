import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../domain/accounts/dto";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { HOME_PATH } from "./areas";
import { LanguageSwitch } from "./LanguageSwitch";

export interface AppHeaderProps {
  /** The logged-in user; without one (login page) the header shows only the name and the language switch. */
  me?: Me;
  onLogout?: () => Promise<void>;
}

/** The page header: app name, municipality, user, language and "Uitloggen". */
export const AppHeader = ({ me, onLogout }: AppHeaderProps) => {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  return (
    <header className="utrecht-page-header bw-header">
      <div className="bw-header__content">
        <div className="bw-header__brand">
          {me ? (
            <Link href={HOME_PATH} className="bw-header__name">
              {t("app.name")}
            </Link>
          ) : (
            <span className="bw-header__name">{t("app.name")}</span>
          )}
          {me && <span className="bw-header__tenant">{me.tenant.name}</span>}
        </div>
        <div className="bw-header__tools">
          {me && (
            <span className="bw-header__user">
              {t("header.loggedInAs")} <strong>{me.displayName}</strong>
            </span>
          )}
          <LanguageSwitch />
          {me && onLogout && (
            <Button
              appearance="secondary"
              busy={leaving}
              onClick={() => {
                setLeaving(true);
                void onLogout().finally(() => setLeaving(false));
              }}
            >
              {t("header.logout")}
            </Button>
          )}
        </div>
      </div>
    </header>
  );
};
