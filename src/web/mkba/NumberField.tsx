import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDecimal } from "../format";
import { TextField } from "../ui/TextField";

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number | undefined;
  /** NaN while the text is no number, so the model check blocks saving; undefined when an optional field is emptied. */
  onChange: (value: number | undefined) => void;
  error?: string;
  description?: string;
  optional?: boolean;
}

const textOf = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : String(value).replace(".", ","));

const readNumber = (text: string): number | null => {
  const compact = text.replace(/\s/g, "");
  if (/^-?\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(compact)) return Number(compact.replace(",", "."));
  return parseDecimal(compact);
};

/** A number typed the Dutch way (decimal comma); an unreadable text gets a message at the field. */
export const NumberField = ({ id, label, value, onChange, error, description, optional = false }: NumberFieldProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(() => textOf(value));
  const [unreadable, setUnreadable] = useState(false);

  // Follow a change from elsewhere (a slider, adopting an observation, a reload) unless the text already means it.
  useEffect(() => {
    setText((current) => {
      const parsed = readNumber(current);
      return value !== undefined && Number.isNaN(value) ? current : parsed === (value ?? null) ? current : textOf(value);
    });
  }, [value]);

  return (
    <TextField
      id={id}
      label={label}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      className="bw-number-field"
      description={description}
      error={unreadable ? t("mkba.editor.numberUnreadable") : error}
      onChange={(next) => {
        setText(next);
        if (next.trim() === "" && optional) {
          setUnreadable(false);
          onChange(undefined);
          return;
        }
        const parsed = readNumber(next);
        setUnreadable(parsed === null);
        onChange(parsed ?? Number.NaN);
      }}
    />
  );
};
