import { useTranslation } from "react-i18next";
import type { Instrument } from "../../domain/outcomes/dto";
import { useApi } from "../api/api-context";
import { listInstruments } from "../api/outcomes";
import { useApiQuery } from "../api/use-api-query";
import { DataTable } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";
import { InstrumentForm } from "./InstrumentForm";

/** One instrument: its domains, and its levels from low to high. */
const InstrumentDetails = ({ instrument }: { instrument: Instrument }) => {
  const { t } = useTranslation();
  const headingId = `instrument-${instrument.code}-heading`;
  return (
    <section aria-labelledby={headingId} className="bw-section">
      <Heading level={3} id={headingId}>
        {instrument.name} {instrument.builtIn && <StatusBadge status="neutral">{t("instruments.builtIn")}</StatusBadge>}
      </Heading>
      <Paragraph>{t("instruments.codeIs", { code: instrument.code })}</Paragraph>
      <DataTable
        caption={t("instruments.domainsOf", { name: instrument.name })}
        columns={[{ key: "label", header: t("instruments.domainColumn"), render: (domain) => domain.label }]}
        rows={instrument.domains}
        rowKey={(domain) => domain.code}
      />
      <DataTable
        caption={t("instruments.levelsOf", { name: instrument.name })}
        columns={[
          { key: "value", header: t("instruments.levelColumn"), render: (level) => level.value, numeric: true },
          { key: "label", header: t("instruments.meaningColumn"), render: (level) => level.label },
        ]}
        rows={instrument.levels}
        rowKey={(level) => String(level.value)}
      />
    </section>
  );
};

/**
 * Beheer → Meetinstrumenten: the built-in self-reliance matrix and the tenant's own instruments, and a
 * form for a new one. Instruments are not changed or removed once made: measurements refer to them.
 */
export const InstrumentsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const { state, reload } = useApiQuery((signal) => listInstruments(api, signal), [api]);
  return (
    <>
      <PageHeading>{t("areas.instruments.name")}</PageHeading>
      <Paragraph>{t("instruments.intro")}</Paragraph>
      <section aria-labelledby="instruments-list-heading" className="bw-section">
        <Heading level={2} id="instruments-list-heading">
          {t("instruments.listHeading")}
        </Heading>
        {state.status === "loading" && <LoadingState />}
        {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === "ok" && state.data.map((instrument) => <InstrumentDetails key={instrument.code} instrument={instrument} />)}
      </section>
      <InstrumentForm onCreated={reload} />
    </>
  );
};
