import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, parseDutchDate } from "../format";
import { DateField } from "../ui/DateField";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const textOf = (value: string) => (ISO.test(value) ? formatDate(value) : value);

/**
 * A date of a link's period, typed the Dutch way (dd-mm-jjjj) and stored as ISO in the model. An unreadable date is
 * stored as typed, so the model check refuses it and saving waits until it is fixed.
 */
export const PeriodDateField = ({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string }) => {
  const { t } = useTranslation();
  const [text, setText] = useState(() => textOf(value));
  useEffect(() => {
    setText((current) => (parseDutchDate(current) === value || current === value ? current : textOf(value)));
  }, [value]);
  const unreadable = text.trim() !== "" && parseDutchDate(text) === null;
  return (
    <DateField
      id={id}
      label={label}
      value={text}
      error={unreadable ? t("common.dateInvalid") : error}
      onChange={(next) => {
        setText(next);
        onChange(parseDutchDate(next) ?? next);
      }}
    />
  );
};
