import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type CsvProblem, csvProblemsOf, importBenchmarks } from "../api/monitor";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FileField } from "../ui/FileField";
import { Heading } from "../ui/Heading";
import { ImportProblemsAlert } from "../ui/ImportProblemsAlert";
import { TextField } from "../ui/TextField";

const FILE_ID = "benchmark-import-file";

/**
 * "Cijfers importeren (CSV)": municipal statistics (gemeente;jaar;indicator;waarde). The server takes all rows or
 * none and replaces the previous set; on a problem the form lists each with its row and column and says nothing
 * was imported.
 */
export const BenchmarkImportForm = ({ onImported }: { onImported: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const input = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState("");
  const [problems, setProblems] = useState<CsvProblem[] | null>(null);
  const [errors, setErrors] = useState<{ file?: string; source?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const problemText = (p: CsvProblem) =>
    p.row < 1 ? p.message : p.column === "" ? t("monitor.import.problemRow", { row: p.row, message: p.message }) : t("monitor.import.problem", { row: p.row, column: p.column, message: p.message });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setError(null);
    const file = input.current?.files?.[0];
    const next = { file: file ? undefined : t("monitor.import.chooseFile"), source: source.trim() ? undefined : t("monitor.import.sourceMissing") };
    setErrors(next);
    if (next.file || next.source) {
      document.getElementById(next.file ? FILE_ID : "benchmark-import-source")?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await importBenchmarks(api, await file!.text(), source);
      showStatus(t("monitor.import.done", { rows: result.rows }));
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
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="benchmark-import-heading">
      <Heading level={2} id="benchmark-import-heading">
        {t("monitor.import.title")}
      </Heading>
      <p className="utrecht-paragraph">{t("monitor.import.intro")}</p>
      {problems && <ImportProblemsAlert title={t("monitor.import.nothingImported")} problems={problems.map(problemText)} />}
      {error !== null && <ErrorAlert error={error} />}
      <FileField id={FILE_ID} ref={input} label={t("monitor.import.file")} description={t("monitor.import.fileHint")} accept=".csv,text/csv" error={errors.file} onChange={() => setErrors((current) => ({ ...current, file: undefined }))} />
      <TextField id="benchmark-import-source" label={t("monitor.import.source")} autoComplete="off" value={source} onChange={setSource} error={errors.source} description={t("monitor.import.sourceHint")} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("monitor.import.submit")}
      </Button>
    </form>
  );
};
