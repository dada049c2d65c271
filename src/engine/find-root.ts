const EPSILON = Number.EPSILON;

/**
 * A root of f in [lower, upper] by Brent's method (bisection safeguarding secant and inverse quadratic
 * interpolation), to about machine precision. Requires f(lower) and f(upper) of opposite sign (or one of them 0; signs are compared, not multiplied, so
 * tiny values cannot underflow);
 * returns NaN otherwise. A linear f is solved exactly by the first secant step.
 * Source: R. P. Brent, "Algorithms for Minimization without Derivatives" (1973), ch. 4; Press et al.,
 * Numerical Recipes (3rd ed.) §9.3 (zbrent).
 * @example findRoot((x) => x * x - 2, { lower: 0, upper: 2 }) // 1.4142135623730951
 */
export function findRoot(
  f: (x: number) => number,
  { lower, upper, maxIterations = 200 }: { readonly lower: number; readonly upper: number; readonly maxIterations?: number },
): number {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Number.isNaN(fa) || Number.isNaN(fb) || fa > 0 === fb > 0) return Number.NaN;
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIterations; i++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * EPSILON * Math.abs(b);
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : xm > 0 ? tolerance : -tolerance;
    fb = f(b);
    if (!Number.isFinite(fb)) return Number.NaN;
  }
  return b;
}
