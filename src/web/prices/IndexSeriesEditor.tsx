import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { IndexPoint } from "../../domain/prices/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, formFailureOf, messagesById } from "../api/form-failure";
import { savePriceIndex } from "../api/prices";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { emptyIndexRow, type IndexRow, indexPointsOf, indexRowsOf } from "./price-values";

const COLUMNS = ["year", "value", "source"] as const;

/**
 * The index series (year, index figure, source) that brings prices to one price year: lines to
 * edit in place, "Regel toevoegen" puts the cursor in the new line; saved as a whole.
 */
export const IndexSeriesEditor = ({ points, onSaved }: { points: readonly IndexPoint[]; onSaved: (points: IndexPoint[]) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [rows, setRows] = useState<IndexRow[]>(() => indexRowsOf(points));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    if (focusId === "add") addButton.current?.focus();
    else document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const idOf = (row: IndexRow, column: (typeof COLUMNS)[number]) => `index-${row.key}-${column}`;
  const labelOf = (column: (typeof COLUMNS)[number], index: number) => t(`prices.index.${column}Line`, { line: index + 1 });
  const fields = Object.fromEntries(
    rows.flatMap((row, index) => COLUMNS.map((column) => [`points.${index}.${column}`, { id: idOf(row, column), label: labelOf(column, index) }])),
  );
  const errors = messagesById(failure, fields);
  const change = (key: string, column: (typeof COLUMNS)[number], value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [column]: value } : row)));

  const add = () => {
    const row = emptyIndexRow();
    setRows((current) => [...current, row]);
    setFocusId(idOf(row, "year"));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await savePriceIndex(api, indexPointsOf(rows));
      setRows(indexRowsOf(saved));
      showStatus(t("prices.index.saved", { count: saved.length }));
      onSaved(saved);
    } catch (error) {
      setFailure(formFailureOf(error, { fullPaths: true }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form bw-form--wide bw-section" noValidate onSubmit={submit} aria-labelledby="prices-index-heading">
      <Heading level={2} id="prices-index-heading">
        {t("prices.index.title")}
      </Heading>
      <p className="utrecht-paragraph">{t("prices.index.intro")}</p>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("prices.index.empty")}</p>
      ) : (
        <table className="utrecht-table utrecht-table--html-table bw-index-table">
          <caption className="utrecht-table__caption bw-visually-hidden">{t("prices.index.title")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="utrecht-table__header-cell">
                  {t(`prices.index.${column}`)}
                </th>
              ))}
              <th scope="col" className="utrecht-table__header-cell">
                {t("common.actions")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row, index) => (
              <tr key={row.key} className="utrecht-table__row">
                {COLUMNS.map((column) => {
                  const id = idOf(row, column);
                  return (
                    <td key={column} className="utrecht-table__cell">
                      <label className="bw-visually-hidden" htmlFor={id}>
                        {labelOf(column, index)}
                      </label>
                      <input
                        id={id}
                        name={id}
                        type="text"
                        autoComplete="off"
                        inputMode={column === "source" ? undefined : column === "year" ? "numeric" : "decimal"}
                        value={row[column]}
                        onChange={(event) => change(row.key, column, event.target.value)}
                        aria-invalid={errors[id] ? true : undefined}
                        className={`utrecht-textbox utrecht-textbox--html-input bw-index-table__${column}${errors[id] ? " utrecht-textbox--invalid" : ""}`}
                      />
                    </td>
                  );
                })}
                <td className="utrecht-table__cell">
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      setRows((current) => current.filter((candidate) => candidate.key !== row.key));
                      setFocusId("add");
                    }}
                  >
                    {t("prices.index.remove")}
                    <span className="bw-visually-hidden"> {t("prices.index.line", { line: index + 1 })}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="bw-actions">
        <Button ref={addButton} onClick={add}>
          {t("prices.index.add")}
        </Button>
      </p>
      <Button type="submit" appearance="primary" busy={busy}>
        {t("prices.index.save")}
      </Button>
    </form>
  );
};
