import { useTranslation } from "react-i18next";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { formatCents, formatDecimal, formatEuro } from "../format";
import { kappaBand } from "../../engine/kappa-band";
import { DataList } from "../ui/DataList";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { formatRatio, formatShare } from "./figures";

/** The headline: "€ 1 at the front saves € X at the back", net and ratio, in both scopes, with intervals. */
export const KeyFigures = ({ result }: { result: BusinessCaseResult }) => {
  const { t } = useTranslation();
  const small = t("businessCase.suppressed");
  const { reviewedScope: reviewed, allCases: all, frontToBack, effectShare } = result;
  const interval = (pair: readonly [number, number] | null, format: (v: number) => string) => (pair ? t("businessCase.interval", { lo: format(pair[0]), hi: format(pair[1]) }) : "");
  return (
    <section aria-labelledby="bc-key-heading" className="bw-section">
      <Heading level={2} id="bc-key-heading">
        {t("businessCase.key.title")}
      </Heading>
      {frontToBack ? (
        <Paragraph lead>
          {t("businessCase.key.frontToBack", { x: formatEuro(frontToBack.perEuro) })} {interval(frontToBack.interval95, formatEuro)}
        </Paragraph>
      ) : (
        <Paragraph>{t("businessCase.key.noReviewed")}</Paragraph>
      )}
      <DataList
        items={[
          { key: "cases", label: t("businessCase.key.cases"), value: result.cases },
          { key: "reviewed", label: t("businessCase.key.reviewed"), value: result.reviewed ?? small },
          {
            key: "effect",
            label: t("businessCase.key.effectShare"),
            value: effectShare.value === null ? small : `${formatShare(effectShare.value)} ${interval(effectShare.wilson95, formatShare)}`,
          },
          { key: "agreement", label: t("businessCase.key.agreement"), value: <Agreement agreement={result.panelAgreement} /> },
        ]}
      />
      <Heading level={3}>{t("businessCase.key.reviewedScope")}</Heading>
      <DataList
        items={[
          { key: "costs", label: t("businessCase.key.costs"), value: formatCents(reviewed.costsCents) },
          { key: "benefits", label: t("businessCase.key.benefits"), value: formatCents(reviewed.benefitsCents) },
          { key: "net", label: t("businessCase.key.net"), value: formatCents(reviewed.netCents) },
          { key: "bcr", label: t("businessCase.key.bcr"), value: reviewed.bcr === null ? "—" : formatRatio(reviewed.bcr) },
        ]}
      />
      <Heading level={3}>{t("businessCase.key.allCases", { count: result.cases })}</Heading>
      <DataList
        items={[
          { key: "costs", label: t("businessCase.key.costs"), value: formatCents(all.costsCents) },
          { key: "benefits", label: t("businessCase.key.extrapolatedBenefits"), value: all.extrapolatedBenefitsCents === null ? "—" : formatCents(all.extrapolatedBenefitsCents) },
          {
            key: "net",
            label: t("businessCase.key.extrapolatedNet"),
            value: all.extrapolatedNetCents === null ? "—" : `${formatCents(all.extrapolatedNetCents)} ${interval(all.bootstrapNet95Cents, formatCents)}`,
          },
        ]}
      />
      <Paragraph>{t("businessCase.key.method", { draws: result.settings.draws, seed: result.settings.seed })}</Paragraph>
    </section>
  );
};

/** The reviewers' agreement on exactly the cases of this selection, with the same Landis & Koch reading as the rounds. */
const Agreement = ({ agreement }: { agreement: BusinessCaseResult["panelAgreement"] }) => {
  const { t } = useTranslation();
  if (agreement.fleissKappa === null || agreement.cases === null) return <>{t("businessCase.key.agreementNone")}</>;
  const kappa = agreement.fleissKappa;
  return <>{t("businessCase.key.agreementValue", { kappa: formatDecimal(Math.round(kappa * 100) / 100), band: t(`panel.kappa.bands.${kappaBand(kappa)}`), cases: agreement.cases })}</>;
};
