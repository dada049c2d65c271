import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelDetail } from "../../domain/models/dto";
import { useApi } from "../api/api-context";
import { createModelFromTemplate, type ModelTemplate } from "../api/models";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { modelPagePath } from "./paths";

/** "Nieuw model uit een sjabloon": the five approaches, each with placeholder numbers marked "aanname". */
export const TemplateForm = ({ templates, onCreated }: { templates: readonly ModelTemplate[]; onCreated: (model: ModelDetail) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [template, setTemplate] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const description = templates.find((item) => item.key === template)?.description;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (template === "") {
      setFieldError(t("mkba.templates.choose"));
      document.getElementById("mkba-template")?.focus();
      return;
    }
    setBusy(true);
    try {
      const model = await createModelFromTemplate(api, template);
      showStatus(t("mkba.templates.created", { name: model.name }), { path: modelPagePath(model.id) });
      onCreated(model);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-section" noValidate onSubmit={submit} aria-labelledby="mkba-template-heading">
      <Heading level={2} id="mkba-template-heading">
        {t("mkba.templates.title")}
      </Heading>
      <p className="utrecht-paragraph">{t("mkba.templates.intro")}</p>
      {error !== null && <ErrorAlert error={error} />}
      <SelectField
        id="mkba-template"
        label={t("mkba.templates.template")}
        value={template}
        placeholder={t("mkba.templates.placeholder")}
        options={templates.map((item) => ({ value: item.key, label: item.name }))}
        error={fieldError}
        onChange={(value) => {
          setTemplate(value);
          setFieldError(undefined);
        }}
      />
      {description && <p className="utrecht-paragraph bw-mkba-hint">{description}</p>}
      <Button type="submit" appearance="primary" busy={busy}>
        {t("mkba.templates.submit")}
      </Button>
    </form>
  );
};
