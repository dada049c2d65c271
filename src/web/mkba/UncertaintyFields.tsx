import { useTranslation } from "react-i18next";
import { SelectField } from "../ui/SelectField";
import { errorAt, fieldId, type FindingsByPath } from "./findings";
import type { Uncertainty } from "./model-draft";
import { NumberField } from "./NumberField";

const DISTRIBUTIONS = ["uniform", "triangular", "pert", "normal"] as const;

/** A new distribution around the base value, so switching the kind never leaves an impossible one. */
const around = (dist: Uncertainty["dist"], value: number): Uncertainty => {
  const spread = Math.abs(value) * 0.25 || 1;
  const [min, max] = [value - spread, value + spread];
  switch (dist) {
    case "uniform":
      return { dist, min, max };
    case "normal":
      return { dist, mean: value, sd: spread / 2 };
    default:
      return { dist, min, mode: value, max };
  }
};

/** The uncertainty of a parameter: none, or a distribution with its own fields. */
export const UncertaintyFields = ({
  path,
  value,
  uncertainty,
  onChange,
  findings,
}: {
  path: string;
  value: number;
  uncertainty: Uncertainty | undefined;
  onChange: (next: Uncertainty | undefined) => void;
  findings: FindingsByPath;
}) => {
  const { t } = useTranslation();
  const base = `${path}.uncertainty`;
  const at = (field: string) => ({ id: fieldId(`${base}.${field}`), error: errorAt(findings, `${base}.${field}`) });
  const number = (field: string, current: number | undefined, optional = false) => (
    <NumberField
      {...at(field)}
      label={t(`mkba.uncertainty.${field}` as "mkba.uncertainty.min")}
      value={current}
      optional={optional}
      onChange={(next) => onChange({ ...uncertainty, [field]: optional ? next : (next ?? Number.NaN) } as Uncertainty)}
    />
  );
  return (
    <div className="bw-mkba-subgroup">
      <SelectField
        id={fieldId(`${base}.dist`)}
        label={t("mkba.fields.uncertainty")}
        value={uncertainty?.dist ?? ""}
        error={errorAt(findings, base)}
        placeholder={t("mkba.uncertainty.none")}
        options={DISTRIBUTIONS.map((dist) => ({ value: dist, label: t(`mkba.uncertainty.dists.${dist}`) }))}
        onChange={(dist) => onChange(dist === "" ? undefined : around(dist as Uncertainty["dist"], Number.isFinite(value) ? value : 0))}
      />
      {uncertainty && uncertainty.dist !== "normal" && number("min", uncertainty.min)}
      {uncertainty && (uncertainty.dist === "triangular" || uncertainty.dist === "pert") && number("mode", uncertainty.mode)}
      {uncertainty && uncertainty.dist !== "normal" && number("max", uncertainty.max)}
      {uncertainty?.dist === "normal" && (
        <>
          {number("mean", uncertainty.mean)}
          {number("sd", uncertainty.sd)}
          {number("min", uncertainty.min, true)}
          {number("max", uncertainty.max, true)}
        </>
      )}
    </div>
  );
};
