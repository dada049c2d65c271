import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { hasNavigated } from "../router/history";

/**
 * The one h1 of a page. It names the browser tab and, after an in-app navigation, receives focus
 * so screen-reader and keyboard users start at the top of the new page.
 */
export const PageHeading = ({ children }: { children: string }) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const appName = t("app.name");

  useEffect(() => {
    document.title = `${children} · ${appName}`;
  }, [children, appName]);

  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 bw-page-heading">
      {children}
    </h1>
  );
};
