import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { monitorReportPdfUrl } from "../api/monitor";
import { isoDateInDutchTime } from "../format";
import { Link } from "../router/Link";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { defaultPeriod, MONITOR_VIEWS, type MonitorView, START_RATE_CENTS } from "./monitor-values";

/**
 * The monitor's frame: the page heading (the area's name, as the main menu says), the views as a menu of links (each
 * view has its own address; the current one is marked with aria-current, its section heading names it) and the
 * council report as PDF.
 */
export const MonitorLayout = ({ view, children }: { view: MonitorView; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t("areas.monitor.name")}</PageHeading>
      <Paragraph>{t("monitor.intro")}</Paragraph>
      <nav aria-label={t("monitor.views.label")} className="bw-in-page-nav">
        <ul className="bw-in-page-nav__list">
          {MONITOR_VIEWS.map((item) => (
            <li key={item.key} className="bw-in-page-nav__item">
              <Link href={item.path} className="utrecht-link bw-in-page-nav__link" aria-current={item.key === view ? "page" : undefined}>
                {item.key === view ? <strong>{t(`monitor.views.${item.key}`)}</strong> : t(`monitor.views.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="bw-actions">
        <a className="utrecht-link" href={reportUrl()} download>
          {t("monitor.reportPdf")}
        </a>
      </p>
      {children}
    </>
  );
};

/** The report over the monitor's default period (from 1 January last year until today) at the default hourly rate. */
const reportUrl = () => {
  const today = isoDateInDutchTime(new Date());
  return monitorReportPdfUrl({ ...defaultPeriod(today), hourlyRateCents: START_RATE_CENTS, priceYear: Number(today.slice(0, 4)) });
};
