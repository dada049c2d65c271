import { useTranslation } from "react-i18next";
import type { VerdictView } from "../../domain/panel/dto";
import type { Provision } from "../api/panel";
import { DataTable } from "../ui/DataTable";

/** The three verdicts, shown only once all are in; reviewers stay anonymous to each other except "you". */
export const VerdictsTable = ({ verdicts, myId, provisions }: { verdicts: readonly VerdictView[]; myId: string; provisions: readonly Provision[] }) => {
  const { t } = useTranslation();
  const label = (id: string | null) => provisions.find((p) => p.id === id)?.label ?? "—";
  const others = verdicts.filter((v) => v.reviewerId !== myId);
  const name = (v: VerdictView) => (v.reviewerId === myId ? t("panel.verdicts.you") : t("panel.verdicts.reviewer", { n: others.indexOf(v) + 1 }));
  return (
    <DataTable<VerdictView>
      caption={t("panel.verdicts.caption")}
      rows={verdicts}
      rowKey={(v) => v.reviewerId}
      columns={[
        { key: "who", header: t("panel.verdicts.who"), render: name },
        { key: "verdict", header: t("panel.verdict.verdict"), render: (v) => (v.verdict ? t(`panel.verdicts.${v.verdict}`) : "—") },
        { key: "provision", header: t("panel.verdict.provision"), render: (v) => label(v.priceItemId) },
        { key: "units", header: t("panel.verdict.unitsPerMonth"), numeric: true, render: (v) => v.unitsPerMonth ?? "—" },
        { key: "months", header: t("panel.verdict.months"), numeric: true, render: (v) => v.months ?? "—" },
        { key: "confidence", header: t("panel.verdict.confidence"), numeric: true, render: (v) => v.confidence ?? "—" },
        { key: "note", header: t("panel.verdict.note"), render: (v) => v.note ?? "" },
      ]}
    />
  );
};
