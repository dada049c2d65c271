import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { getCase } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { escalate } from "../api/platform";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { caseIdOf } from "../budgets/paths";
import { casePath } from "../cases/paths";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { navigate, useLocation } from "../router/history";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { TextAreaField } from "../ui/TextAreaField";
import { PLATFORM_PATH, escalationPagePath } from "./paths";

/** "Aanmelden bij casusplatform": the case goes to the ontschotter and the clock to vlot starts. */
export const EscalatePage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const caseId = caseIdOf(useLocation().search);
  const file = useApiQuery((signal) => (caseId ? getCase(api, caseId, signal) : Promise.resolve(null)), [api, caseId]);
  const [reason, setReason] = useState("");
  const [escalatedOn, setEscalatedOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = {
    reason: { id: "escalate-reason", label: t("platform.escalate.reason") },
    escalatedOn: { id: "escalate-date", label: t("platform.escalate.date") },
  };

  if (file.state.status === "loading") {
    return (
      <>
        <PageHeading>{t("platform.escalate.title")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (file.state.status === "error" || file.state.data === null) {
    const notFound = file.state.status === "ok" || (isApiError(file.state.error) && file.state.error.code === "not_found");
    return (
      <>
        <PageHeading>{t("platform.escalate.title")}</PageHeading>
        {notFound ? <Paragraph>{t("platform.escalate.noCase")}</Paragraph> : <ErrorAlert error={file.state.status === "error" ? file.state.error : null} onRetry={file.reload} />}
        <Paragraph>
          <Link href={PLATFORM_PATH}>{t("platform.backToList")}</Link>
        </Paragraph>
      </>
    );
  }
  const caseFile = file.state.data;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const iso = parseDutchDate(escalatedOn);
    try {
      const saved = await escalate(api, { caseId: caseFile.id, reason, escalatedOn: iso ?? escalatedOn });
      const path = escalationPagePath(saved.id);
      showStatus(t("platform.escalate.done", { household: saved.householdName }), { path });
      navigate(path);
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(iso === null ? withFieldMessage(failed, "escalatedOn", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeading>{t("platform.escalate.titleFor", { household: caseFile.householdName })}</PageHeading>
      <Paragraph>
        <Link href={casePath(caseFile.id)}>{t("platform.backToCase")}</Link>
      </Paragraph>
      <Paragraph>{t("platform.escalate.intro")}</Paragraph>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-label={t("platform.escalate.title")}>
        <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
        <TextAreaField {...fields.reason} value={reason} onChange={setReason} error={errors.reason} description={t("platform.escalate.reasonHint")} />
        <DateField {...fields.escalatedOn} value={escalatedOn} onChange={setEscalatedOn} error={errors.escalatedOn} />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("platform.escalate.submit")}
        </Button>
      </form>
    </>
  );
};
