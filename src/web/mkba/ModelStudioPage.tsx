import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelDetail } from "../../domain/models/dto";
import { useApi } from "../api/api-context";
import { getModel } from "../api/models";
import { useApiQuery } from "../api/use-api-query";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import type { Draft } from "./model-draft";
import { ModelStudio } from "./ModelStudio";
import "./mkba.css";

/**
 * One model in the studio: edit it, see its results at once, play what-if, run Monte Carlo, compare assumptions
 * with the registration (ex-post) and save versions. After a version conflict the user's unsaved draft is kept
 * aside, so reloading never loses it: they can put it back on top of the newer version.
 */
export const ModelStudioPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const query = useApiQuery((signal) => getModel(api, id, { signal }), [api, id]);
  const [stashed, setStashed] = useState<Draft | null>(null);

  if (query.state.status === "loading") {
    return (
      <>
        <PageHeading>{t("mkba.studio.loadingTitle")}</PageHeading>
        <LoadingState />
      </>
    );
  }
  if (query.state.status === "error") {
    return (
      <>
        <PageHeading>{t("mkba.studio.loadingTitle")}</PageHeading>
        <ErrorAlert error={query.state.error} onRetry={query.reload} />
      </>
    );
  }
  const detail: ModelDetail = query.state.data;
  return (
    <ModelStudio
      key={query.state.loadId}
      initial={detail}
      stashed={stashed}
      notice={
        stashed && (
          <Alert type="warning" role="status">
            <p className="utrecht-paragraph">{t("mkba.conflict.stashed", { version: detail.currentVersion })}</p>
            <Button onClick={() => setStashed(null)}>{t("mkba.conflict.forget")}</Button>
          </Alert>
        )
      }
      onStashUsed={() => setStashed(null)}
      onConflictReload={(draft) => {
        setStashed(draft);
        query.reload();
      }}
    />
  );
};
