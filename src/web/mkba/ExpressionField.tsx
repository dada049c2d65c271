import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../ui/TextField";
import { checkExpression, expressionText, expressionValue } from "./expression-check";

export interface ExpressionFieldProps {
  id: string;
  label: string;
  value: number | string;
  parameters: ReadonlySet<string>;
  onChange: (value: number | string) => void;
  /** The model check's message at this path (e.g. not finite at the base values), when the text itself is fine. */
  error?: string;
}

/**
 * An amount, quantity or unit value: a number or an expression over parameters, checked as it is typed with the
 * engine's parser; the message (with the column) appears at the field at once.
 */
export const ExpressionField = ({ id, label, value, parameters, onChange, error }: ExpressionFieldProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(() => expressionText(value));
  // Follow a change from elsewhere (a rename, a reload) unless the text already means it ("0,5" means 0.5).
  useEffect(() => {
    setText((current) => (expressionValue(current) === value ? current : expressionText(value)));
  }, [value]);
  const problem = checkExpression(text, parameters);
  const message =
    problem === null
      ? error
      : problem.kind === "empty"
        ? t("mkba.expression.empty")
        : problem.kind === "syntax"
          ? t("mkba.expression.syntax", { position: problem.position, message: problem.message })
          : t("mkba.expression.unknownParameter", { count: problem.names.length, names: problem.names.join(", ") });
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      autoComplete="off"
      spellCheck={false}
      className="bw-mkba-expression"
      description={t("mkba.expression.hint")}
      error={message}
      onChange={(next) => {
        setText(next);
        onChange(expressionValue(next));
      }}
    />
  );
};
