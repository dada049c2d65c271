import { useTranslation } from "react-i18next";
import { VERDICTS, type Verdict } from "../../domain/panel/dto";
import type { Provision } from "../api/panel";
import { RadioGroup } from "../ui/RadioGroup";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import type { VerdictDraft } from "./verdict-input";

/** The ids of the verdict fields, by API field name (for the error summary). */
export const verdictFieldRefs = (prefix: string, t: (key: "panel.verdict.verdict" | "panel.verdict.provision" | "panel.verdict.unitsPerMonth" | "panel.verdict.months") => string) => ({
  verdict: { id: `${prefix}-verdict`, label: t("panel.verdict.verdict") },
  priceItemId: { id: `${prefix}-provision`, label: t("panel.verdict.provision") },
  unitsPerMonth: { id: `${prefix}-units`, label: t("panel.verdict.unitsPerMonth") },
  months: { id: `${prefix}-months`, label: t("panel.verdict.months") },
});

/** Verdict, and for a verdict with an effect the provision that would otherwise have been granted. */
export const VerdictFields = ({
  prefix,
  draft,
  onChange,
  provisions,
  errors,
}: {
  prefix: string;
  draft: VerdictDraft;
  onChange: (draft: VerdictDraft) => void;
  provisions: readonly Provision[];
  errors: Readonly<Record<string, string>>;
}) => {
  const { t } = useTranslation();
  const refs = verdictFieldRefs(prefix, t);
  return (
    <>
      <RadioGroup<Verdict>
        {...refs.verdict}
        legend={refs.verdict.label}
        options={VERDICTS.map((v) => ({ value: v, label: t(`panel.verdicts.${v}`) }))}
        value={draft.verdict}
        onChange={(verdict) => onChange({ ...draft, verdict })}
        description={t("panel.verdict.verdictHint")}
        error={errors.verdict}
      />
      {draft.verdict !== "none" && (
        <>
          <SelectField
            {...refs.priceItemId}
            value={draft.priceItemId}
            placeholder={t("panel.verdict.chooseProvision")}
            options={provisions.map((p) => ({ value: p.id, label: t("panel.verdict.provisionOption", { label: p.label, unit: p.unit, code: p.code }) }))}
            onChange={(priceItemId) => onChange({ ...draft, priceItemId })}
            error={errors.priceItemId}
          />
          <TextField {...refs.unitsPerMonth} className="bw-number-field" inputMode="numeric" autoComplete="off" value={draft.unitsPerMonth} onChange={(unitsPerMonth) => onChange({ ...draft, unitsPerMonth })} description={t("panel.verdict.unitsHint")} error={errors.unitsPerMonth} />
          <TextField {...refs.months} className="bw-number-field" inputMode="numeric" autoComplete="off" value={draft.months} onChange={(months) => onChange({ ...draft, months })} error={errors.months} />
        </>
      )}
    </>
  );
};
