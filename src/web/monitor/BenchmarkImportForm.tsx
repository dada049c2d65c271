import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import { type CsvProblem, csvProblemsOf, importBenchmarks } from "../api/monitor";
import { useShowStatus } from "../app/status-context";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { classNames } from "../ui/class-names";
import { describedBy } from "../ui/describedBy";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FieldDescription } from "../ui/FieldDescription";
import { FieldError } from "../ui/FieldError";
import { Heading } from "../ui/Heading";
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
      {problems && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">
            <strong>{t("monitor.import.nothingImported")}</strong>
          </p>
          <ul className="utrecht-unordered-list" aria-label={t("common.problems")}>
            {problems.map((p) => (
              <li key={`${p.row}-${p.column}-${p.message}`} className="utrecht-unordered-list__item">
                {problemText(p)}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className={classNames("utrecht-form-field bw-form-field", errors.file && "utrecht-form-field--invalid")}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={FILE_ID}>
            {t("monitor.import.file")}
          </label>
        </div>
        <FieldDescription id={FILE_ID} text={t("monitor.import.fileHint")} />
        <FieldError id={FILE_ID} message={errors.file} />
        <p className="utrecht-form-field__input">
          <input
            ref={input}
            type="file"
            id={FILE_ID}
            name={FILE_ID}
            accept=".csv,text/csv"
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={describedBy(FILE_ID, { description: true, error: errors.file })}
            onChange={() => setErrors((current) => ({ ...current, file: undefined }))}
          />
        </p>
      </div>
      <TextField id="benchmark-import-source" label={t("monitor.import.source")} autoComplete="off" value={source} onChange={setSource} error={errors.source} description={t("monitor.import.sourceHint")} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("monitor.import.submit")}
      </Button>
    </form>
  );
};
