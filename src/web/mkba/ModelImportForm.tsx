import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelDetail } from "../../domain/models/dto";
import { useApi } from "../api/api-context";
import { importModel, type ModelProblem, modelProblemsOf } from "../api/models";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FileField } from "../ui/FileField";
import { Heading } from "../ui/Heading";
import { ImportProblemsAlert } from "../ui/ImportProblemsAlert";
import { modelPagePath } from "./paths";

const FILE_ID = "mkba-import-file";

/**
 * "Model importeren (JSON)": the browser reads the file and sends the document; the server checks it with the
 * engine and refuses an invalid model with every problem and its place in the model, all listed here.
 */
export const ModelImportForm = ({ onImported }: { onImported: (model: ModelDetail) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<ModelProblem[] | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setError(null);
    setFieldError(undefined);
    const file = input.current?.files?.[0];
    if (!file) {
      setFieldError(t("mkba.import.chooseFile"));
      input.current?.focus();
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setFieldError(t("mkba.import.notJson"));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const model = await importModel(api, document);
      showStatus(t("mkba.import.done", { name: model.name }), { path: modelPagePath(model.id) });
      onImported(model);
    } catch (failure) {
      const found = modelProblemsOf(failure);
      if (found.length > 0) setProblems(found);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="mkba-import-heading">
      <Heading level={2} id="mkba-import-heading">
        {t("mkba.import.title")}
      </Heading>
      <p className="utrecht-paragraph">{t("mkba.import.intro")}</p>
      {problems && <ImportProblemsAlert title={t("mkba.import.refused", { count: problems.length })} problems={problems.map((problem) => t("mkba.import.problem", { path: problem.path, message: problem.message }))} />}
      {error !== null && <ErrorAlert error={error} />}
      <FileField id={FILE_ID} ref={input} label={t("mkba.import.file")} description={t("mkba.import.fileHint")} accept=".json,application/json" error={fieldError} onChange={() => setFieldError(undefined)} />
      <Button type="submit" appearance="primary" busy={busy}>
        {t("mkba.import.submit")}
      </Button>
    </form>
  );
};
