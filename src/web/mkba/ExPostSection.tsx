import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import type { RegistrationFigure } from "../../domain/registration-figures/dto";
import { useApi } from "../api/api-context";
import { getRegistrationFigures } from "../api/models";
import { useApiQuery } from "../api/use-api-query";
import { formatDate, isoDateInDutchTime } from "../format";
import { Button } from "../ui/Button";
import { DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import type { Draft, ParameterLink } from "./model-draft";
import { adoptObservations, linkedPeriods, type ObservationRow, observationRows, periodKey } from "./observations";
import { formatNumber, formatSignedNumber, formatSignedPercent } from "./result-format";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Ex-post: each linked parameter's assumption next to what the price list or the registration shows now, with the
 * drift (absolute and %). One button adopts every observation as a new version labelled "ex-post".
 */
export const ExPostSection = ({
  draft,
  priceItems,
  canSave,
  busy,
  onAdopt,
}: {
  draft: Draft;
  priceItems: readonly PriceItem[] | null;
  canSave: boolean;
  busy: boolean;
  onAdopt: (draft: Draft, note: string) => void;
}) => {
  const { t } = useTranslation();
  const api = useApi();
  const periods = linkedPeriods(draft).filter((p) => ISO.test(p.from) && ISO.test(p.to) && p.from <= p.to);
  const periodsKey = periods.map(periodKey).join("|");
  const figures = useApiQuery(
    async (signal) => new Map<string, RegistrationFigure[]>(await Promise.all(periods.map(async (p) => [periodKey(p), (await getRegistrationFigures(api, p, signal)).figures] as const))),
    [api, periodsKey],
  );
  if (figures.state.status === "error") return <ErrorAlert error={figures.state.error} onRetry={figures.reload} />;
  const rows = observationRows(draft, priceItems, figures.state.status === "ok" ? figures.state.data : new Map());
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("mkba.expost.noLinks")}</p>;
  const linkText = (link: ParameterLink) =>
    link.kind === "priceItem"
      ? t("mkba.expost.priceLink", { code: link.code })
      : t("mkba.expost.registrationLink", { figure: t(`mkba.figures.${link.figure}` as "mkba.figures.cases_closed", { defaultValue: link.figure }), from: ISO.test(link.from) ? formatDate(link.from) : link.from, to: ISO.test(link.to) ? formatDate(link.to) : link.to });
  const observable = rows.filter((row) => row.observation !== null);
  const today = isoDateInDutchTime(new Date());
  const adopt = () =>
    onAdopt(
      adoptObservations(draft, rows, (row) => t("mkba.expost.observedSource", { link: linkText(row.link), date: formatDate(today) })),
      t("mkba.expost.note", { names: observable.map((row) => row.name).join(", ") }),
    );
  return (
    <>
      {figures.state.status === "loading" && <LoadingState />}
      <DataTable<ObservationRow>
        caption={t("mkba.expost.caption")}
        rows={rows}
        rowKey={(row) => row.name}
        columns={[
          { key: "name", header: t("mkba.results.parameter"), render: (row) => row.name },
          { key: "link", header: t("mkba.expost.source"), render: (row) => linkText(row.link) },
          { key: "assumption", header: t("mkba.expost.assumption"), numeric: true, render: (row) => formatNumber(row.assumption) },
          {
            key: "observation",
            header: t("mkba.expost.observation"),
            numeric: true,
            render: (row) => (row.observation === null ? t(`mkba.expost.unobserved.${row.unobserved ?? "noData"}`) : formatNumber(row.observation)),
          },
          { key: "driftAbsolute", header: t("mkba.expost.driftAbsolute"), numeric: true, render: (row) => (row.drift ? formatSignedNumber(row.drift.absolute) : t("common.none")) },
          {
            key: "driftRelative",
            header: t("mkba.expost.driftRelative"),
            numeric: true,
            render: (row) => (row.drift?.relative == null ? t("common.none") : formatSignedPercent(row.drift.relative)),
          },
          { key: "basis", header: t("mkba.expost.basis"), numeric: true, render: (row) => (row.basis === null ? t("common.none") : row.basis) },
        ]}
      />
      <p className="utrecht-paragraph">{t("mkba.expost.adoptIntro")}</p>
      <Button appearance="primary" busy={busy} disabled={!canSave || observable.length === 0} onClick={adopt}>
        {t("mkba.expost.adopt")}
      </Button>
      {!canSave && <p className="utrecht-paragraph">{t("mkba.expost.fixFirst")}</p>}
    </>
  );
};
