// Coefficients of W. J. Cody's rational Chebyshev approximations (CALERF, netlib specfun), written as the nearest
// doubles (the published 18-digit values round to exactly these).
const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
];
const Q = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];
const SQRT_PI_INV = 0.5641895835477563;
const X_BIG = 26.543;

const at = (coefficients: readonly number[], i: number): number => coefficients[i] as number;

/** exp(−y²) computed as exp(−ȳ²)·exp(−(y−ȳ)(y+ȳ)) with ȳ = y rounded down to 1/16, as Cody does, to keep precision. */
const expMinusSquare = (y: number): number => {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del);
};

/**
 * The complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫_x^∞ e^(−t²) dt, to about 1e-16 relative,
 * including the far tail (no cancellation).
 * Source: W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–638,
 * as in netlib specfun CALERF (1990).
 * @example erfc(1) // 0.15729920705028513
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = at(A, 4) * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + at(A, i)) * ysq;
      den = (den + at(B, i)) * ysq;
    }
    return 1 - (x * (num + at(A, 3))) / (den + at(B, 3));
  }
  let result: number;
  if (y <= 4) {
    let num = at(C, 8) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + at(C, i)) * y;
      den = (den + at(D, i)) * y;
    }
    result = expMinusSquare(y) * ((num + at(C, 7)) / (den + at(D, 7)));
  } else if (y >= X_BIG) {
    result = 0;
  } else {
    const ysq = 1 / (y * y);
    let num = at(P, 5) * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + at(P, i)) * ysq;
      den = (den + at(Q, i)) * ysq;
    }
    const r = (ysq * (num + at(P, 4))) / (den + at(Q, 4));
    result = expMinusSquare(y) * ((SQRT_PI_INV - r) / y);
  }
  return x < 0 ? 2 - result : result;
}
