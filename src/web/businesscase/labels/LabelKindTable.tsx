import { useTranslation } from "react-i18next";
import type { CaseLabel, LabelKind, ManagedLabel } from "../../../domain/case-facts/dto";
import { Button } from "../../ui/Button";
import { DataTable } from "../../ui/DataTable";
import { EmptyState } from "../../ui/EmptyState";
import { Heading } from "../../ui/Heading";
import { StatusBadge } from "../../ui/StatusBadge";
import { RenameForm } from "./RenameForm";

/** The ids of a row's buttons, so focus can go back to them after the inline form or the dialog closes. */
export const renameButtonId = (id: string) => `case-label-${id}-rename`;
export const statusButtonId = (id: string) => `case-label-${id}-status`;

export interface LabelKindTableProps {
  kind: LabelKind;
  labels: readonly ManagedLabel[];
  editingId: string | null;
  busyId: string | null;
  onEdit: (label: ManagedLabel) => void;
  onRenamed: (saved: CaseLabel) => void;
  onCancelEdit: (label: ManagedLabel) => void;
  onReload: () => void;
  /** Retire (asks first) or reactivate (at once: nothing is lost). */
  onToggle: (label: ManagedLabel) => void;
}

/** One kind of label (success factors, failure factors or approaches) in a table with its actions. */
export const LabelKindTable = ({ kind, labels, editingId, busyId, onEdit, onRenamed, onCancelEdit, onReload, onToggle }: LabelKindTableProps) => {
  const { t } = useTranslation();
  const headingId = `case-labels-${kind}-heading`;
  const title = t(`businessCase.labelAdmin.kinds.${kind}`);
  return (
    <section aria-labelledby={headingId} className="bw-section">
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {labels.length === 0 ? (
        <EmptyState>{t("businessCase.labelAdmin.empty")}</EmptyState>
      ) : (
        <DataTable<ManagedLabel>
          caption={t("businessCase.labelAdmin.caption", { kind: title })}
          hideCaption
          rows={labels}
          rowKey={(label) => label.id}
          columns={[
            {
              key: "label",
              header: t("businessCase.labelAdmin.label"),
              render: (label) =>
                editingId === label.id ? <RenameForm label={label} onSaved={onRenamed} onCancel={() => onCancelEdit(label)} onReload={onReload} /> : label.label,
            },
            {
              key: "status",
              header: t("businessCase.labelAdmin.status"),
              render: (label) => <StatusBadge status={label.active ? "active" : "neutral"}>{t(label.active ? "businessCase.labelAdmin.active" : "businessCase.labelAdmin.inactive")}</StatusBadge>,
            },
            {
              key: "cases",
              header: t("businessCase.labelAdmin.cases"),
              numeric: true,
              render: (label) => (label.cases === null ? t("businessCase.labelAdmin.suppressed") : label.cases),
            },
            {
              key: "actions",
              header: t("businessCase.labelAdmin.actions"),
              render: (label) => (
                <span className="bw-row-actions">
                  <Button id={renameButtonId(label.id)} appearance="subtle" disabled={editingId === label.id} onClick={() => onEdit(label)}>
                    {t("businessCase.labelAdmin.rename")}
                    <span className="bw-visually-hidden"> {label.label}</span>
                  </Button>
                  {/* One button whose text follows the state, so focus stays on it after a toggle. */}
                  <Button id={statusButtonId(label.id)} appearance="subtle" hint={label.active ? "danger" : undefined} busy={busyId === label.id} onClick={() => onToggle(label)}>
                    {t(label.active ? "businessCase.labelAdmin.deactivate" : "businessCase.labelAdmin.reactivate")}
                    <span className="bw-visually-hidden"> {label.label}</span>
                  </Button>
                </span>
              ),
            },
          ]}
        />
      )}
    </section>
  );
};
