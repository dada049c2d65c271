import { useTranslation } from "react-i18next";
import type { Round } from "../../domain/panel/dto";
import { formatDecimal } from "../format";
import { kappaBand } from "../../engine/kappa-band";

/** Fleiss' kappa of a round with its Landis & Koch reading, or why it cannot be computed yet. */
export const KappaText = ({ round }: { round: Round }) => {
  const { t } = useTranslation();
  if (round.fleissKappa === null) return <>{t("panel.kappa.notYet", { complete: round.complete })}</>;
  return <>{t("panel.kappa.value", { kappa: formatDecimal(Math.round(round.fleissKappa * 100) / 100), band: t(`panel.kappa.bands.${kappaBand(round.fleissKappa)}`) })}</>;
};
