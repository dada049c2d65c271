import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SkipLink } from "../ui/SkipLink";
import { AppHeader } from "./AppHeader";

export const MAIN_CONTENT_ID = "inhoud";

/** The frame of pages before login: header and main content. */
export const PublicLayout = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <div className="bw-app">
      <SkipLink targetId={MAIN_CONTENT_ID}>{t("app.skipLink")}</SkipLink>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} className="bw-main bw-main--public" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
};
