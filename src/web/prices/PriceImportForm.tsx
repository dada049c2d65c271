import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CsvProblem, csvProblemsOf, importPrices } from "../api/prices";
import { useApi } from "../api/api-context";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FileField } from "../ui/FileField";
import { Heading } from "../ui/Heading";
import { ImportProblemsAlert } from "../ui/ImportProblemsAlert";

const FILE_ID = "prices-import-file";

/**
 * "Importeren (CSV)": the browser reads the chosen file and sends its text. The server takes all
 * rows or none; on a problem the page lists each with its row and column and says nothing changed.
 */
export const PriceImportForm = ({ onImported }: { onImported: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<CsvProblem[] | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const problemText = (problem: CsvProblem) =>
    problem.row < 1
      ? problem.message
      : problem.column === ""
        ? t("prices.import.problemRow", { row: problem.row, message: problem.message })
        : t("prices.import.problem", { row: problem.row, column: problem.column, message: problem.message });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setError(null);
    setFieldError(undefined);
    const file = input.current?.files?.[0];
    if (!file) {
      setFieldError(t("prices.import.chooseFile"));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await importPrices(api, await file.text());
      showStatus(t("prices.import.done", { added: result.added, updated: result.updated }));
      if (input.current) input.current.value = "";
      onImported();
    } catch (failure) {
      const found = csvProblemsOf(failure);
      if (found.length > 0) setProblems(found);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="prices-import-heading">
      <Heading level={2} id="prices-import-heading">
        {t("prices.import.title")}
      </Heading>
      <p className="utrecht-paragraph">{t("prices.import.intro")}</p>
      {problems && <ImportProblemsAlert title={t("prices.import.nothingImported")} problems={problems.map(problemText)} />}
      {error !== null && <ErrorAlert error={error} />}
      <FileField id={FILE_ID} ref={input} label={t("prices.import.file")} description={t("prices.import.fileHint")} accept=".csv,text/csv" error={fieldError} onChange={() => setFieldError(undefined)} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("prices.import.submit")}
      </Button>
    </form>
  );
};
