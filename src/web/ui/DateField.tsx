import { useTranslation } from "react-i18next";
import { TextField, type TextFieldProps } from "./TextField";

/**
 * A date typed as dd-mm-jjjj, the way Dutch users write it (no date picker: typing is faster and
 * works the same everywhere). The page turns the text into an ISO date with `parseDutchDate`.
 */
export const DateField = ({ description, ...rest }: Omit<TextFieldProps, "type">) => {
  const { t } = useTranslation();
  return (
    <TextField
      autoComplete="off"
      spellCheck={false}
      {...rest}
      className="bw-date-field"
      description={description ?? t("common.dateHint")}
    />
  );
};
