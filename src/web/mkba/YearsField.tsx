import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../ui/TextField";
import { parseYears, yearsText } from "./years-text";

/** The years of a cost line, typed as `0-4` or `0, 2, 4`; an unreadable text is refused at the field. */
export const YearsField = ({ id, label, value, onChange, error }: { id: string; label: string; value: readonly number[]; onChange: (years: number[]) => void; error?: string }) => {
  const { t } = useTranslation();
  const [text, setText] = useState(() => yearsText(value));
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    setText((current) => (JSON.stringify(parseYears(current)) === JSON.stringify(value) || value.some(Number.isNaN) ? current : yearsText(value)));
  }, [value]);
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      autoComplete="off"
      description={t("mkba.editor.yearsHint")}
      error={unreadable ? t("mkba.editor.yearsUnreadable") : error}
      onChange={(next) => {
        setText(next);
        const years = parseYears(next);
        setUnreadable(years === null);
        onChange(years ?? [Number.NaN]);
      }}
    />
  );
};
