import type { EChartsCoreOption } from "echarts/core";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "./EChart";

export interface ChartFigureProps {
  caption: string;
  option: EChartsCoreOption;
  /** The same figures as a table (usually a `DataTable`): the keyboard and screen-reader alternative. */
  table: ReactNode;
  height?: number;
}

/**
 * A chart with its caption and, right below it, a disclosure with the same figures as a table.
 * The chart itself is an image for assistive technology; everything it shows is in the table.
 */
export const ChartFigure = ({ caption, option, table, height }: ChartFigureProps) => {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <figure className="bw-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="bw-figure__caption">
        {caption}
      </figcaption>
      <EChart option={option} label={caption} height={height} />
      <details className="bw-figure__table">
        <summary>{t("common.chartAsTable")}</summary>
        {table}
      </details>
    </figure>
  );
};
