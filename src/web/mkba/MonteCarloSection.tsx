import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Model } from "../../engine/model-schema";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { ChartFigure } from "../ui/charts/ChartFigure";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { histogramOption } from "./chart-options";
import type { WorkerAnswer } from "./mc.worker";
import type { MonteCarloRun } from "./monte-carlo-run";
import { formatMoney, formatPercent, formatRatio } from "./result-format";

type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly done: number; readonly total: number }
  | { readonly status: "done"; readonly run: MonteCarloRun }
  | { readonly status: "failed"; readonly message: string };

/**
 * Monte Carlo in a Web Worker: all uncertain parameters drawn together, with progress while it runs; then the NPV
 * histogram with P5, P50 and P95 and the chance that NPV > 0. A new run replaces a running one.
 */
export const MonteCarloSection = ({ model }: { model: Model }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<RunState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const draws = model.monteCarlo?.draws ?? 2000;
  const seed = model.monteCarlo?.seed ?? 1;
  const uncertain = Object.values(model.parameters).some((p) => p.uncertainty);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    worker.current?.terminate();
    const next = new Worker(new URL("./mc.worker.ts", import.meta.url), { type: "module" });
    worker.current = next;
    setState({ status: "running", done: 0, total: draws });
    next.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === "progress") setState({ status: "running", done: answer.done, total: answer.total });
      else {
        setState(answer.kind === "done" ? { status: "done", run: answer.run } : { status: "failed", message: answer.message });
        next.terminate();
        if (worker.current === next) worker.current = null;
      }
    };
    next.onerror = () => setState({ status: "failed", message: t("mkba.monteCarlo.workerFailed") });
    next.postMessage({ model, draws, seed });
  };

  const run = state.status === "done" ? state.run : null;
  const marks = run?.npv ? [{ name: "P5", value: run.npv.p5 }, { name: "P50", value: run.npv.p50 }, { name: "P95", value: run.npv.p95 }] : [];
  return (
    <>
      <p className="utrecht-paragraph">{t("mkba.monteCarlo.intro", { draws, seed })}</p>
      {!uncertain && <p className="utrecht-paragraph">{t("mkba.monteCarlo.noUncertainty")}</p>}
      <Button appearance="primary" busy={state.status === "running"} onClick={start}>
        {t(run ? "mkba.monteCarlo.again" : "mkba.monteCarlo.start")}
      </Button>
      {state.status === "running" && (
        <p className="utrecht-paragraph">
          <label htmlFor="mkba-mc-progress">{t("mkba.monteCarlo.progress", { done: state.done, total: state.total })}</label>{" "}
          <progress id="mkba-mc-progress" max={state.total} value={state.done} />
        </p>
      )}
      <div role="status" className="bw-mkba-status">
        {run && t("mkba.monteCarlo.finished", { draws: run.draws })}
      </div>
      {state.status === "failed" && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t("mkba.monteCarlo.failed", { message: state.message })}</p>
        </Alert>
      )}
      {run && (
        <>
          <div className="bw-mkba-figures">
          <DataList
            items={[
              { key: "p5", label: t("mkba.monteCarlo.p5"), value: run.npv ? formatMoney(run.npv.p5) : t("common.none") },
              { key: "p50", label: t("mkba.monteCarlo.p50"), value: run.npv ? formatMoney(run.npv.p50) : t("common.none") },
              { key: "p95", label: t("mkba.monteCarlo.p95"), value: run.npv ? formatMoney(run.npv.p95) : t("common.none") },
              { key: "mean", label: t("mkba.monteCarlo.mean"), value: run.npv ? formatMoney(run.npv.mean) : t("common.none") },
              { key: "bcr", label: t("mkba.monteCarlo.bcrP50"), value: run.bcr ? formatRatio(run.bcr.p50) : t("common.none") },
              { key: "positive", label: t("mkba.monteCarlo.positive"), value: <span data-testid="mkba-p-positive">{formatPercent(run.probabilityPositiveNpv)}</span> },
            ]}
          />
          </div>
          {run.histogram && (
            <ChartFigure
              caption={t("mkba.monteCarlo.histogramCaption", { draws: run.draws })}
              option={histogramOption(run.histogram, marks, { bin: (from, to) => `${formatMoney(from)} – ${formatMoney(to)}`, draws: t("mkba.monteCarlo.draws") })}
              table={
                <DataTable
                  caption={t("mkba.monteCarlo.histogramCaption", { draws: run.draws })}
                  hideCaption
                  rows={run.histogram.counts.map((count, i) => ({ i, count, from: run.histogram!.edges[i] as number, to: run.histogram!.edges[i + 1] as number }))}
                  rowKey={(row) => String(row.i)}
                  columns={[
                    { key: "bin", header: t("mkba.monteCarlo.bin"), render: (row) => `${formatMoney(row.from)} – ${formatMoney(row.to)}` },
                    { key: "count", header: t("mkba.monteCarlo.draws"), numeric: true, render: (row) => row.count },
                  ]}
                />
              }
            />
          )}
        </>
      )}
    </>
  );
};
