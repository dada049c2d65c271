import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelSummary } from "../../domain/models/dto";
import { useApi } from "../api/api-context";
import { listModels, listModelTemplates, modelExportUrl } from "../api/models";
import { useApiQuery } from "../api/use-api-query";
import { formatDateTime } from "../format";
import { Link } from "../router/Link";
import { navigate } from "../router/history";
import { ButtonLink } from "../ui/ButtonLink";
import { Checkbox } from "../ui/Checkbox";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Heading } from "../ui/Heading";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { ModelImportForm } from "./ModelImportForm";
import { TemplateForm } from "./TemplateForm";
import { comparePath, modelPagePath } from "./paths";
import "./mkba.css";

/**
 * De modelbibliotheek: the tenant's MKBA and business-case models with their current version; start one from a
 * template or import a `baatwijzer.model/1` file, export one, or pick several to compare.
 */
export const MkbaLibraryPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const models = useApiQuery((signal) => listModels(api, signal), [api]);
  const templates = useApiQuery((signal) => listModelTemplates(api, signal), [api]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const open = (id: string) => navigate(modelPagePath(id));
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <PageHeading>{t("areas.mkba.name")}</PageHeading>
      <Paragraph>{t("mkba.library.intro")}</Paragraph>
      <section aria-labelledby="mkba-library-heading" className="bw-section">
        <Heading level={2} id="mkba-library-heading" tabIndex={-1}>
          {t("mkba.library.title")}
        </Heading>
        {models.state.status === "loading" && <LoadingState />}
        {models.state.status === "error" && <ErrorAlert error={models.state.error} onRetry={models.reload} />}
        {models.state.status === "ok" &&
          (models.state.data.length === 0 ? (
            <EmptyState>{t("mkba.library.empty")}</EmptyState>
          ) : (
            <>
              <DataTable<ModelSummary>
                caption={t("mkba.library.caption", { count: models.state.data.length })}
                rows={models.state.data}
                rowKey={(model) => model.id}
                columns={[
                  { key: "name", header: t("mkba.fields.name"), render: (model) => <Link href={modelPagePath(model.id)}>{model.name}</Link> },
                  { key: "kind", header: t("mkba.fields.kind"), render: (model) => t(model.kind === "businesscase" ? "mkba.kinds.businesscase" : "mkba.kinds.mkba") },
                  { key: "version", header: t("mkba.fields.version"), numeric: true, render: (model) => model.currentVersion },
                  { key: "updatedAt", header: t("mkba.fields.updatedAt"), render: (model) => formatDateTime(model.updatedAt) },
                  {
                    key: "actions",
                    header: t("common.actions"),
                    render: (model) => (
                      <span className="bw-mkba-row-actions">
                        <a className="utrecht-link" href={modelExportUrl(model.id)} download aria-label={t("mkba.library.exportOne", { name: model.name })}>
                          {t("mkba.library.export")}
                        </a>
                        <Checkbox id={`mkba-compare-${model.id}`} label={t("mkba.library.compareOne", { name: model.name })} checked={chosen.has(model.id)} onChange={(on) => toggle(model.id, on)} />
                      </span>
                    ),
                  },
                ]}
              />
              <p className="bw-actions">
                <ButtonLink href={comparePath([...chosen])} appearance={chosen.size >= 2 ? "primary" : "secondary"}>
                  {t("mkba.library.compare", { count: chosen.size })}
                </ButtonLink>
              </p>
            </>
          ))}
      </section>
      {templates.state.status === "error" && <ErrorAlert error={templates.state.error} onRetry={templates.reload} />}
      {templates.state.status === "ok" && <TemplateForm templates={templates.state.data} onCreated={(model) => open(model.id)} />}
      <ModelImportForm onImported={(model) => open(model.id)} />
    </>
  );
};
