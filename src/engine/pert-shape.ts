/**
 * The Beta shape parameters of a PERT distribution on [min, max] with the given mode (λ = 4):
 * α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min); its mean is (min + 4·mode + max)/6.
 * Source: Malcolm, Roseboom, Clark & Fazar, "Application of a technique for R&D program evaluation",
 * Operations Research 7 (1959); D. Vose, "Risk Analysis" (3rd ed., 2008) §III.
 * @example pertShape(0, 5, 10) // { alpha: 3, beta: 3 }
 */
export function pertShape(min: number, mode: number, max: number): { alpha: number; beta: number } {
  const range = max - min;
  return { alpha: 1 + (4 * (mode - min)) / range, beta: 1 + (4 * (max - mode)) / range };
}
