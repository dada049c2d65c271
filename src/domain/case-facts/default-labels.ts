import type { LabelKind } from "./dto";

/**
 * The list a tenant starts with, from the pilots in the seed articles: Breda's business case named the network,
 * quick access and one director as success factors and waiting lists and split financing as failure factors
 * (article 000); Oirschot and Zorg voor elkaar worked with Eigen Kracht-conferenties, the case platform and an
 * outcome budget (articles 001–002). A tenant adds its own words; these are only the start.
 */
export const DEFAULT_CASE_LABELS: readonly { kind: LabelKind; label: string }[] = [
  { kind: "success_factor", label: "Netwerk ingezet" },
  { kind: "success_factor", label: "Snelle toegang" },
  { kind: "success_factor", label: "Eén regisseur" },
  { kind: "success_factor", label: "Eigen kracht benut" },
  { kind: "success_factor", label: "Ontschot met budget of mandaat" },
  { kind: "failure_factor", label: "Wachtlijst" },
  { kind: "failure_factor", label: "Schotten in financiering" },
  { kind: "failure_factor", label: "Geen passend aanbod" },
  { kind: "failure_factor", label: "Samenwerking liep vast" },
  { kind: "approach", label: "Wijkteam" },
  { kind: "approach", label: "Eigen Kracht-conferentie" },
  { kind: "approach", label: "Casusplatform" },
  { kind: "approach", label: "Resultaatvolgend budget" },
];
