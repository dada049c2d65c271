import { SMALL_COUNT_THRESHOLD } from "../../domain/privacy/suppress-small-counts";

/** Dutch names of the price list's payers (the same words as the web app's price list). */
export const PAYER_LABEL: Readonly<Record<string, string>> = {
  gemeente_wmo: "Gemeente (Wmo)",
  gemeente_jeugd: "Gemeente (Jeugdwet)",
  gemeente_participatie: "Gemeente (Participatiewet)",
  gemeente_overig: "Gemeente (overig)",
  zorgverzekeraar: "Zorgverzekeraar",
  wlz: "Wlz",
  uwv: "UWV",
  huishouden: "Huishouden",
  overig: "Overig",
};

export const payerLabel = (payer: string): string => PAYER_LABEL[payer] ?? payer;

export const SUPPRESSION_NOTE = `Aantallen van 1 tot en met ${SMALL_COUNT_THRESHOLD - 1} zijn verborgen (<${SMALL_COUNT_THRESHOLD}), zodat geen huishouden herkenbaar is.`;
