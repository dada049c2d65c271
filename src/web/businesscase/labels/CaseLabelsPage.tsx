import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CaseLabel, LABEL_KINDS, type ManagedLabel } from "../../../domain/case-facts/dto";
import { isApiError } from "../../api/api-error";
import { useApi } from "../../api/api-context";
import { addManagedLabel, listManagedLabels, updateCaseLabel } from "../../api/case-facts";
import { useApiQuery } from "../../api/use-api-query";
import { useShowStatus } from "../../app/status-context";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { ConflictAlert } from "../../ui/ConflictAlert";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { Heading } from "../../ui/Heading";
import { LoadingState } from "../../ui/LoadingState";
import { PageHeading } from "../../ui/PageHeading";
import { Paragraph } from "../../ui/Paragraph";
import { LabelFields } from "../case/LabelForm";
import { LabelKindTable, renameButtonId } from "./LabelKindTable";

const byDutchName = (a: ManagedLabel, b: ManagedLabel) => a.label.localeCompare(b.label, "nl");

/**
 * Beheer → Factoren en aanpakken: the policy advisor keeps the tenant's list tidy — fixes a typo (cases and the
 * business case link by id, so the new name shows everywhere), retires a word no longer used (it stays on its
 * cases and in the counts) and brings it back. Labels are never deleted: past cases refer to them.
 */
export const CaseLabelsPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const list = useApiQuery((signal) => listManagedLabels(api, signal), [api]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<ManagedLabel | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [addKey, setAddKey] = useState(0);

  // Focus goes back to the row's button once the inline form has made room for it.
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const put = (saved: CaseLabel) => list.setData((items) => items.map((item) => (item.id === saved.id ? { ...item, ...saved } : item)));

  const reload = () => {
    setError(null);
    setEditingId(null);
    list.reload();
  };

  const setActive = async (label: ManagedLabel, active: boolean) => {
    setBusyId(label.id);
    setError(null);
    try {
      const saved = await updateCaseLabel(api, label.id, { expected: { label: label.label, active: label.active }, active });
      put(saved);
      showStatus(t(active ? "businessCase.labelAdmin.reactivated" : "businessCase.labelAdmin.deactivated", { label: saved.label }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusyId(null);
      setRetiring(null);
    }
  };

  const body = () => {
    if (list.state.status === "loading") return <LoadingState />;
    if (list.state.status === "error") return <ErrorAlert error={list.state.error} onRetry={list.reload} />;
    const labels = list.state.data;
    return LABEL_KINDS.map((kind) => (
      <LabelKindTable
        key={kind}
        kind={kind}
        labels={labels.filter((l) => l.kind === kind).sort(byDutchName)}
        editingId={editingId}
        busyId={busyId}
        onEdit={(label) => {
          setError(null);
          setEditingId(label.id);
        }}
        onRenamed={(saved) => {
          put(saved);
          setEditingId(null);
          setFocusId(renameButtonId(saved.id));
        }}
        onCancelEdit={(label) => {
          setEditingId(null);
          setFocusId(renameButtonId(label.id));
        }}
        onReload={reload}
        onToggle={(label) => (label.active ? setRetiring(label) : void setActive(label, true))}
      />
    ));
  };

  return (
    <>
      <PageHeading>{t("areas.caseLabels.name")}</PageHeading>
      <Paragraph>{t("businessCase.labelAdmin.intro")}</Paragraph>
      {error !== null && (isApiError(error) && error.code === "version_conflict" ? <ConflictAlert onReload={reload} /> : <ErrorAlert error={error} />)}
      {body()}
      <section aria-labelledby="case-labels-add-heading" className="bw-section">
        <Heading level={2} id="case-labels-add-heading">
          {t("businessCase.labelAdmin.addHeading")}
        </Heading>
        <LabelFields
          key={addKey}
          idPrefix="case-label-new"
          add={(input) => addManagedLabel(api, input)}
          onAdded={() => {
            setAddKey((key) => key + 1);
            list.reload();
          }}
        />
      </section>
      {retiring && (
        <ConfirmDialog
          title={t("businessCase.labelAdmin.confirmTitle", { label: retiring.label })}
          confirmLabel={t("businessCase.labelAdmin.deactivate")}
          danger
          busy={busyId === retiring.id}
          onConfirm={() => void setActive(retiring, false)}
          onCancel={() => setRetiring(null)}
        >
          <Paragraph>{t("businessCase.labelAdmin.confirmBody", { label: retiring.label })}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
};
