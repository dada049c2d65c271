import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFile, HoursEntry } from "../../domain/cases/dto";
import { useApi } from "../api/api-context";
import { addHours } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { formatDate, formatHours, isoDateInDutchTime, parseDecimal, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import type { Activity } from "./case-values";
import { mostUsed } from "./participant-choices";
import { useCaseOptions } from "./use-case-options";

/**
 * "Uren vastleggen" in two steps: type the hours ("1,5") and press Enter. The date defaults to
 * today and the activity to the one most used in this case.
 */
export const HoursForm = ({ file, onAdded }: { file: CaseFile; onAdded: (entry: HoursEntry) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { activities } = useCaseOptions();
  const [hours, setHours] = useState("");
  const [activity, setActivity] = useState<string>(() =>
    mostUsed(
      file.hours.map((entry) => entry.activity),
      "gesprek" as Activity,
    ),
  );
  const [workedOn, setWorkedOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldMessages(failure);

  const fields = {
    hours: { id: "hours-hours", label: t("cases.hours.hours") },
    activity: { id: "hours-activity", label: t("cases.hours.activity") },
    workedOn: { id: "hours-worked-on", label: t("cases.hours.workedOn") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(workedOn);
    const amount = parseDecimal(hours);
    try {
      // Unreadable input goes to the server as typed: it answers with every field problem at once.
      const entry = await addHours(api, file.id, {
        hours: amount ?? (hours as unknown as number),
        activity: activity as Activity,
        workedOn: isoDate ?? workedOn,
      });
      showStatus(t("cases.hours.added", { hours: formatHours(entry.minutes) }));
      setHours("");
      onAdded(entry);
    } catch (error) {
      let failed = formFailureOf(error);
      if (isoDate === null) failed = withFieldMessage(failed, "workedOn", t("common.dateInvalid"));
      if (amount === null) failed = withFieldMessage(failed, "hours", t("cases.hours.unreadable"));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit} aria-labelledby="hours-form-heading">
      <Heading level={3} id="hours-form-heading">
        {t("cases.hours.new")}
      </Heading>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <TextField
        {...fields.hours}
        className="bw-number-field"
        inputMode="decimal"
        autoComplete="off"
        value={hours}
        onChange={setHours}
        description={t("cases.hours.hoursHint")}
        error={errors.hours}
      />
      <SelectField {...fields.activity} value={activity} options={activities} onChange={setActivity} error={errors.activity} />
      <DateField {...fields.workedOn} value={workedOn} onChange={setWorkedOn} error={errors.workedOn} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("cases.hours.submit")}
      </Button>
    </form>
  );
};
