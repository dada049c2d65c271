import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isReservedName } from "../../engine/reserved-names";
import { TextField } from "../ui/TextField";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A parameter's name. A rename happens only to a free, valid name (so two parameters never merge); until then the
 * field says what is wrong and the model keeps the old name.
 */
export const ParameterNameField = ({ id, label, name, taken, onRename, error }: { id: string; label: string; name: string; taken: ReadonlySet<string>; onRename: (to: string) => void; error?: string }) => {
  const { t } = useTranslation();
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const problem =
    text === name
      ? error
      : !IDENTIFIER.test(text) || text.startsWith("__")
        ? t("mkba.editor.nameInvalid")
        : isReservedName(text)
          ? t("mkba.editor.nameReserved", { name: text })
          : taken.has(text)
            ? t("mkba.editor.nameTaken", { name: text })
            : undefined;
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      autoComplete="off"
      spellCheck={false}
      description={t("mkba.editor.nameHint")}
      error={problem}
      onChange={(next) => {
        setText(next);
        if (next !== name && IDENTIFIER.test(next) && !next.startsWith("__") && !isReservedName(next) && !taken.has(next)) onRename(next);
      }}
    />
  );
};
