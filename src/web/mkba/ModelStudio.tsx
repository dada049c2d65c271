import { type ReactNode, useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelDetail } from "../../domain/models/dto";
import { compileModel } from "../../engine/compile-model";
import { parseModel } from "../../engine/parse-model";
import { useApi } from "../api/api-context";
import { type FormFailure, formFailureOf } from "../api/form-failure";
import { modelExportUrl, modelProblemsOf, modelReportPdfUrl, modelReportXlsxUrl, saveModelVersion } from "../api/models";
import { listIndexedPrices } from "../api/prices";
import { useApiQuery } from "../api/use-api-query";
import { useShowStatus } from "../app/status-context";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { InPageNav } from "../ui/InPageNav";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { ExPostSection } from "./ExPostSection";
import { findingsByPath } from "./findings";
import { type Draft, documentOf, draftOf, withValues } from "./model-draft";
import { ModelEditor } from "./ModelEditor";
import { MonteCarloSection } from "./MonteCarloSection";
import { ProblemsList } from "./ProblemsList";
import { ResultsSection } from "./ResultsSection";
import { SaveVersionForm } from "./SaveVersionForm";
import { VersionsTable } from "./VersionsTable";
import { WhatIfSection } from "./WhatIfSection";
import { comparePath, MKBA_PATH } from "./paths";
import { useDeferredSensitivity } from "./use-deferred-sensitivity";
import { modelWithValues, whatIfKeyFigures } from "./what-if";

/**
 * Recompute times, kept for the browser test and for a developer's console: `__mkbaWhatIfTimes` (the slider path,
 * key figures) and `__mkbaSensitivityTimes` (tornado and switching values, computed after).
 */
const recordTiming = (store: "__mkbaWhatIfTimes" | "__mkbaSensitivityTimes", milliseconds: number) => {
  const times = window as unknown as Record<typeof store, number[] | undefined>;
  times[store] = [...(times[store] ?? []), milliseconds];
  console.debug(`[mkba] ${store === "__mkbaWhatIfTimes" ? "what-if key figures" : "sensitivity"} ${milliseconds.toFixed(2)} ms`);
};
const recordSensitivityTiming = (milliseconds: number) => recordTiming("__mkbaSensitivityTimes", milliseconds);

export interface ModelStudioProps {
  initial: ModelDetail;
  /** The user's own draft kept aside after a version conflict. */
  stashed: Draft | null;
  notice: ReactNode;
  onStashUsed: () => void;
  onConflictReload: (draft: Draft) => void;
}

export const ModelStudio = ({ initial, stashed, notice, onStashUsed, onConflictReload }: ModelStudioProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial.document));
  const [whatIf, setWhatIf] = useState<Readonly<Record<string, number>>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedFrom, setSavedFrom] = useState<"form" | "exPost">("form");
  const saved = useMemo(() => JSON.stringify(detail.document), [detail]);
  const dirty = useMemo(() => JSON.stringify(documentOf(draft)) !== saved, [draft, saved]);

  const parsed = useMemo(() => parseModel(draft), [draft]);
  const findings = useMemo(() => findingsByPath(parsed.findings), [parsed]);
  const errorCount = parsed.findings.filter((f) => f.level === "error").length;
  // Compiled once per edit of the model; a slider move only re-bases its parameter values.
  const compiled = useMemo(() => (parsed.model ? compileModel(parsed.model) : null), [parsed]);
  // The slider moves at once; the results follow in a deferred render, so a large model never makes dragging stick.
  // That render computes only the key figures; tornado and switching values follow when the sliders pause.
  const deferredWhatIf = useDeferredValue(whatIf);
  const timed = useMemo(() => (compiled ? whatIfKeyFigures(compiled, deferredWhatIf) : null), [compiled, deferredWhatIf]);
  const sensitivity = useDeferredSensitivity(compiled, deferredWhatIf, recordSensitivityTiming);
  // Deferred too: the Monte Carlo section has nothing to redo while a slider is moving.
  const monteCarloModel = useMemo(() => (parsed.model ? modelWithValues(parsed.model, deferredWhatIf) : null), [parsed, deferredWhatIf]);
  useEffect(() => {
    if (timed) recordTiming("__mkbaWhatIfTimes", timed.milliseconds);
  }, [timed]);

  const priceYear = Number.isInteger(draft.priceYear) ? draft.priceYear : null;
  const prices = useApiQuery((signal) => listIndexedPrices(api, { indexTo: priceYear, signal }), [api, priceYear]);
  const priceItems = prices.state.status === "ok" ? prices.state.data : null;

  const save = async (document: Draft, label: string, note: string | null, from: "form" | "exPost") => {
    setSavedFrom(from);
    setBusy(true);
    setFailure(null);
    try {
      const next = await saveModelVersion(api, detail.id, { baseVersion: detail.currentVersion, label, note, document: documentOf(document) });
      setDetail(next);
      setDraft(draftOf(next.document));
      showStatus(t("mkba.save.saved", { version: next.currentVersion, label }));
    } catch (error) {
      const problems = modelProblemsOf(error);
      setFailure(problems.length > 0 ? { kind: "fields", message: t("mkba.save.refused"), fields: Object.fromEntries(problems.map((p) => [p.path, p.message])) } : formFailureOf(error));
    } finally {
      setBusy(false);
    }
  };

  const names = useMemo(() => Object.fromEntries(draft.stakeholders.map((s) => [s.id, s.name || s.id])), [draft.stakeholders]);
  const sections = [
    { id: "mkba-results-heading", label: t("mkba.studio.results") },
    { id: "mkba-whatif-heading", label: t("mkba.studio.whatIf") },
    { id: "mkba-mc-heading", label: t("mkba.studio.monteCarlo") },
    { id: "mkba-expost-heading", label: t("mkba.studio.exPost") },
    { id: "mkba-editor-heading", label: t("mkba.studio.editor") },
    { id: "mkba-versions-heading", label: t("mkba.studio.versions") },
  ];
  const section = (id: string, title: string, body: ReactNode) => (
    <section aria-labelledby={id} className="bw-section">
      <Heading level={2} id={id} tabIndex={-1}>
        {title}
      </Heading>
      {body}
    </section>
  );

  return (
    <>
      <PageHeading>{detail.name}</PageHeading>
      <Paragraph>
        {t("mkba.studio.version", { version: detail.currentVersion, label: detail.versions.at(-1)?.label ?? "" })}
        {dirty && ` ${t("mkba.studio.unsaved")}`}
      </Paragraph>
      {notice}
      {stashed && (
        <p className="bw-actions">
          <Button
            onClick={() => {
              setDraft(stashed);
              onStashUsed();
              showStatus(t("mkba.conflict.restored"));
            }}
          >
            {t("mkba.conflict.restore")}
          </Button>
        </p>
      )}
      <p className="bw-actions bw-mkba-actions">
        <Link href={MKBA_PATH}>{t("mkba.studio.backToLibrary")}</Link>
        <a className="utrecht-link" href={modelExportUrl(detail.id)} download>
          {t("mkba.studio.exportJson")}
        </a>
        <a className="utrecht-link" href={modelReportPdfUrl(detail.id)} download>
          {t("mkba.studio.reportPdf")}
        </a>
        <a className="utrecht-link" href={modelReportXlsxUrl(detail.id)} download>
          {t("mkba.studio.reportXlsx")}
        </a>
        <Link href={comparePath([detail.id])}>{t("mkba.studio.compare")}</Link>
      </p>
      <InPageNav label={t("mkba.studio.onThisPage")} items={sections} />
      <ProblemsList findings={parsed.findings} />

      {section(
        "mkba-results-heading",
        t("mkba.studio.results"),
        timed ? (
          <>
            {Object.keys(whatIf).length > 0 && <p className="utrecht-paragraph">{t("mkba.whatIf.active")}</p>}
            <ResultsSection result={timed.value} sensitivity={sensitivity} names={names} />
          </>
        ) : (
          <p className="utrecht-paragraph">{t("mkba.studio.noResults")}</p>
        ),
      )}
      {section(
        "mkba-whatif-heading",
        t("mkba.studio.whatIf"),
        parsed.model ? (
          <WhatIfSection
            model={parsed.model}
            values={whatIf}
            milliseconds={timed?.milliseconds ?? null}
            sensitivityMilliseconds={sensitivity.latest?.milliseconds ?? null}
            npv={timed?.value.npv ?? null}
            onChange={setWhatIf}
            onAdopt={() => {
              setDraft((current) => withValues(current, whatIf));
              setWhatIf({});
              showStatus(t("mkba.whatIf.adopted"));
            }}
          />
        ) : (
          <p className="utrecht-paragraph">{t("mkba.studio.noResults")}</p>
        ),
      )}
      {section("mkba-mc-heading", t("mkba.studio.monteCarlo"), monteCarloModel ? <MonteCarloSection model={monteCarloModel} /> : <p className="utrecht-paragraph">{t("mkba.studio.noResults")}</p>)}
      {section(
        "mkba-expost-heading",
        t("mkba.studio.exPost"),
        <>
          {savedFrom === "exPost" && <FormFailureAlert failure={failure} fields={{}} onReload={() => onConflictReload(draft)} />}
          <ExPostSection draft={draft} priceItems={priceItems} canSave={parsed.model !== null} busy={busy} onAdopt={(adopted, note) => void save(adopted, "ex-post", note, "exPost")} />
        </>,
      )}
      {section(
        "mkba-editor-heading",
        t("mkba.studio.editor"),
        <ModelEditor draft={draft} onChange={setDraft} findings={findings} priceItems={priceItems} />,
      )}
      <SaveVersionForm
        nextVersion={detail.currentVersion + 1}
        dirty={dirty}
        valid={parsed.model !== null}
        errorCount={errorCount}
        busy={busy}
        failure={savedFrom === "form" ? failure : null}
        onSave={(label, note) => void save(draft, label, note, "form")}
        onDiscard={() => {
          setDraft(draftOf(detail.document));
          setWhatIf({});
        }}
        onReload={() => onConflictReload(draft)}
      />
      {section("mkba-versions-heading", t("mkba.studio.versions"), <VersionsTable versions={detail.versions} />)}
    </>
  );
};
