import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";

export interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers; the table alternative carries the figures. */
  label: string;
  height?: number;
}

type ChartInstance = { setOption(option: EChartsCoreOption, notMerge?: boolean): void; resize(): void; dispose(): void };

/**
 * One ECharts chart, rendered as SVG. ECharts is loaded on first use (its own chunk), so pages
 * without charts do not pay for it. Always pair it with a table alternative (see `ChartFigure`).
 */
export const EChart = ({ option, label, height = 320 }: EChartProps) => {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    const element = container.current;
    if (!element) return;
    const resize = () => chart.current?.resize();
    void import("./echarts-setup").then(({ echarts }) => {
      if (disposed) return;
      chart.current = echarts.init(element, undefined, { renderer: "svg" }) as ChartInstance;
      chart.current.setOption({ aria: { enabled: true }, animation: false, ...latest.current }, true);
      window.addEventListener("resize", resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option]);

  return <div ref={container} role="img" aria-label={label} className="bw-chart" style={{ height }} />;
};
