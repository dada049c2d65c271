import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../domain/accounts/dto";
import { SkipLink } from "../ui/SkipLink";
import { AppHeader } from "./AppHeader";
import { MainNav } from "./MainNav";
import { MAIN_CONTENT_ID } from "./PublicLayout";
import type { StatusMessage } from "./status-context";
import { StatusRegion } from "./StatusRegion";

export interface AppShellProps {
  me: Me;
  status: StatusMessage | null;
  onLogout: () => Promise<void>;
  children: ReactNode;
}

/** The frame after login: skip link, header, menu, live region and the page. */
export const AppShell = ({ me, status, onLogout, children }: AppShellProps) => {
  const { t } = useTranslation();
  return (
    <div className="bw-app">
      <SkipLink targetId={MAIN_CONTENT_ID}>{t("app.skipLink")}</SkipLink>
      <AppHeader me={me} onLogout={onLogout} />
      <div className="bw-layout">
        <MainNav permissions={me.permissions} />
        <main id={MAIN_CONTENT_ID} className="bw-main" tabIndex={-1}>
          <StatusRegion message={status} />
          {children}
        </main>
      </div>
    </div>
  );
};
