import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFile } from "../../domain/cases/dto";
import { useApi } from "../api/api-context";
import { changeCaseProvider, listCaseProviders } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf } from "../api/form-failure";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";

const OWN = "";

export interface CaseProviderPartProps {
  file: CaseFile;
  onChanged: (file: CaseFile) => void;
  /** Fetch the case again (after a version conflict). */
  onReload: () => void;
}

/**
 * Uitvoering, in the Overzicht: whether the own team runs the trajectory or a contracted provider does.
 * The monitor compares the two (cost and duration per trajectory), so it is a fact worth one choice here.
 */
export const CaseProviderPart = ({ file, onChanged, onReload }: CaseProviderPartProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const providers = useApiQuery((signal) => listCaseProviders(api, signal), [api]);
  const [choice, setChoice] = useState(file.providerOrganisationId ?? OWN);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const field = { id: "case-provider", label: t("cases.provider.label") };
  const closed = file.status === "afgesloten";

  if (providers.state.status === "loading") return null;
  if (providers.state.status === "error") return <ErrorAlert error={providers.state.error} onRetry={providers.reload} />;
  const list = providers.state.data;
  const nameOf = (id: string | null) => (id === null ? t("cases.provider.own") : (list.find((p) => p.id === id)?.name ?? t("cases.provider.unknown")));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await changeCaseProvider(api, file.id, { version: file.version, providerOrganisationId: choice === OWN ? null : choice });
      showStatus(t("cases.provider.saved", { provider: nameOf(saved.providerOrganisationId) }));
      onChanged(saved);
    } catch (error) {
      setFailure(formFailureOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="case-provider-heading" className="bw-section">
      <Heading level={3} id="case-provider-heading">
        {t("cases.provider.heading")}
      </Heading>
      <Paragraph>{t("cases.provider.current", { provider: nameOf(file.providerOrganisationId) })}</Paragraph>
      {!closed && list.length > 0 && (
        <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="case-provider-heading">
          <FormFailureAlert failure={failure} fields={{ providerOrganisationId: field }} onReload={onReload} />
          <SelectField
            {...field}
            value={choice}
            options={[{ value: OWN, label: t("cases.provider.own") }, ...list.map((provider) => ({ value: provider.id, label: provider.name }))]}
            onChange={setChoice}
            error={errors.providerOrganisationId}
          />
          <div>
            <Button type="submit" busy={busy} disabled={choice === (file.providerOrganisationId ?? OWN)}>
              {t("cases.provider.save")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
};
