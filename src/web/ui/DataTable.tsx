import { type ReactNode, useId } from "react";
import { classNames } from "./class-names";

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Keep the caption for screen readers only when a heading right above already says the same. */
  hideCaption?: boolean;
}

/**
 * A data table (`utrecht-table`) whose first column heads its row. The scroll container is
 * focusable and named, so keyboard users can scroll a wide table too.
 */
export const DataTable = <Row,>({ caption, columns, rows, rowKey, hideCaption = false }: DataTableProps<Row>) => {
  const captionId = useId();
  const numericClass = (column: Column<Row>) => column.numeric && "utrecht-table__cell--numeric-data";
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="utrecht-table-container bw-table-container" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className={classNames("utrecht-table__caption", hideCaption && "bw-visually-hidden")}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={classNames(
                  "utrecht-table__header-cell",
                  column.numeric && "utrecht-table__header-cell--numeric-column",
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row" className={classNames("utrecht-table__cell", numericClass(column))}>
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={classNames("utrecht-table__cell", numericClass(column))}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
