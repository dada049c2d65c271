import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import { REGISTRATION_FIGURES } from "../../domain/registration-figures/dto";
import { SelectField } from "../ui/SelectField";
import { errorAt, fieldId, type FindingsByPath } from "./findings";
import type { ParameterLink } from "./model-draft";
import { PeriodDateField } from "./PeriodDateField";

/** The first and last day of the previous calendar year: a sensible first period for a registration figure. */
const lastYear = (priceYear: number) => ({ from: `${priceYear - 1}-01-01`, to: `${priceYear - 1}-12-31` });

/**
 * Where a parameter can be observed: nothing, a price-list item, or a registration figure over a period. Saved in
 * the model as `link` (docs/model-format.md); the ex-post view puts the observation next to the assumption.
 */
export const LinkFields = ({
  path,
  link,
  onChange,
  findings,
  priceItems,
  priceYear,
}: {
  path: string;
  link: ParameterLink | undefined;
  onChange: (next: ParameterLink | undefined) => void;
  findings: FindingsByPath;
  priceItems: readonly PriceItem[];
  priceYear: number;
}) => {
  const { t } = useTranslation();
  const base = `${path}.link`;
  const at = (field: string) => ({ id: fieldId(`${base}.${field}`), error: errorAt(findings, `${base}.${field}`) });
  return (
    <div className="bw-mkba-subgroup">
      <SelectField
        id={fieldId(`${base}.kind`)}
        label={t("mkba.fields.link")}
        value={link?.kind ?? ""}
        placeholder={t("mkba.link.none")}
        options={[
          { value: "priceItem", label: t("mkba.link.kinds.priceItem") },
          { value: "registration", label: t("mkba.link.kinds.registration") },
        ]}
        onChange={(kind) =>
          onChange(
            kind === "priceItem"
              ? { kind, code: priceItems[0]?.code ?? "" }
              : kind === "registration"
                ? { kind, figure: "cases_closed", ...lastYear(Number.isFinite(priceYear) ? priceYear : new Date().getFullYear()) }
                : undefined,
          )
        }
      />
      {link?.kind === "priceItem" && (
        <SelectField
          {...at("code")}
          label={t("mkba.link.priceItem")}
          value={link.code}
          placeholder={t("mkba.link.choosePriceItem")}
          options={priceItems.map((item) => ({ value: item.code, label: `${item.code} — ${item.label}` }))}
          onChange={(code) => onChange({ ...link, code })}
        />
      )}
      {link?.kind === "registration" && (
        <>
          <SelectField
            {...at("figure")}
            label={t("mkba.link.figure")}
            value={link.figure}
            options={REGISTRATION_FIGURES.map((figure) => ({ value: figure, label: t(`mkba.figures.${figure}`) }))}
            onChange={(figure) => onChange({ ...link, figure })}
          />
          <PeriodDateField {...at("from")} label={t("mkba.link.from")} value={link.from} onChange={(from) => onChange({ ...link, from })} />
          <PeriodDateField {...at("to")} label={t("mkba.link.to")} value={link.to} onChange={(to) => onChange({ ...link, to })} />
        </>
      )}
    </div>
  );
};
