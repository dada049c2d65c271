import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import type { Period } from "./monitor-values";

/**
 * A period typed as two Dutch dates (and optional extra fields), applied with one button. Unreadable or reversed
 * dates are named at their field; the view keeps showing the last good period meanwhile.
 */
export const PeriodForm = ({
  id,
  label,
  period,
  onApply,
  extra,
  validateExtra,
}: {
  id: string;
  label: string;
  period: Period;
  onApply: (period: Period) => void;
  extra?: ReactNode;
  /** Checks the extra fields; returns false when one is wrong (it shows its own message). */
  validateExtra?: () => boolean;
}) => {
  const { t } = useTranslation();
  const [from, setFrom] = useState(formatDate(period.from));
  const [to, setTo] = useState(formatDate(period.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const isoFrom = parseDutchDate(from);
    const isoTo = parseDutchDate(to);
    const next = {
      from: isoFrom ? undefined : t("monitor.period.unreadable"),
      to: isoTo ? (isoFrom && isoTo < isoFrom ? t("monitor.period.reversed") : undefined) : t("monitor.period.unreadable"),
    };
    setErrors(next);
    const extraOk = validateExtra ? validateExtra() : true;
    if (next.from || next.to || !extraOk) {
      document.getElementById(next.from ? `${id}-from` : `${id}-to`)?.focus();
      return;
    }
    onApply({ from: isoFrom!, to: isoTo! });
  };

  return (
    <form className="utrecht-form bw-form bw-filters" noValidate onSubmit={submit} aria-label={label}>
      <DateField id={`${id}-from`} label={t("monitor.period.from")} value={from} onChange={setFrom} error={errors.from} />
      <DateField id={`${id}-to`} label={t("monitor.period.to")} value={to} onChange={setTo} error={errors.to} />
      {extra}
      <Button type="submit">{t("monitor.period.apply")}</Button>
    </form>
  );
};
