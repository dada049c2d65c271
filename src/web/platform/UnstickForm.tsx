import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Escalation } from "../../domain/platform/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { markUnstuck } from "../api/platform";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";

/** "Vlot": the case moves again and the clock stops. */
export const UnstickForm = ({ escalation, onSaved }: { escalation: Escalation; onSaved: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [unstuckOn, setUnstuckOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);
  const fields = { unstuckOn: { id: "unstuck-date", label: t("platform.unstick.date") } };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const iso = parseDutchDate(unstuckOn);
    try {
      const saved = await markUnstuck(api, escalation.id, { version: escalation.version, unstuckOn: iso ?? unstuckOn });
      showStatus(t("platform.unstick.done", { days: saved.daysOpen }));
      onSaved();
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(iso === null ? withFieldMessage(failed, "unstuckOn", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="unstick-heading" className="bw-section">
      <Heading level={2} id="unstick-heading">
        {t("platform.unstick.heading")}
      </Heading>
      <Paragraph>{t("platform.unstick.intro")}</Paragraph>
      <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="unstick-heading">
        <FormFailureAlert failure={failure} fields={fields} onReload={onSaved} />
        <DateField {...fields.unstuckOn} value={unstuckOn} onChange={setUnstuckOn} error={errors.unstuckOn} />
        <Button type="submit" appearance="primary" busy={busy}>
          {t("platform.unstick.submit")}
        </Button>
      </form>
    </section>
  );
};
