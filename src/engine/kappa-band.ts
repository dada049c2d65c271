/** Landis & Koch's bands for kappa (the web app has their words under `panel.kappa.bands`). */
export type KappaBand = "poor" | "slight" | "fair" | "moderate" | "substantial" | "almostPerfect";

/**
 * The conventional reading of a kappa value: < 0 poor (below chance), 0–0,20 slight, 0,21–0,40 fair,
 * 0,41–0,60 moderate, 0,61–0,80 substantial, 0,81–1 almost perfect. Source: J. R. Landis & G. G. Koch,
 * "The measurement of observer agreement for categorical data", Biometrics 33 (1977) 159–174.
 * @example kappaBand(0.45) // "moderate"
 */
export const kappaBand = (kappa: number): KappaBand => {
  if (kappa < 0) return "poor";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almostPerfect";
};
