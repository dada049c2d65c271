import type { Rng } from "./xoshiro128ss";

// Ziggurat tables for the standard normal, 128 layers (Marsaglia & Tsang 2000), for a 25-bit signed magnitude.
const LAYERS = 128;
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const SCALE = 2 ** 24;
const K = new Float64Array(LAYERS);
const W = new Float64Array(LAYERS);
const F = new Float64Array(LAYERS);
{
  let d = R;
  let t = d;
  const q = V / Math.exp(-0.5 * d * d);
  K[0] = (d / q) * SCALE;
  K[1] = 0;
  W[0] = q / SCALE;
  W[LAYERS - 1] = d / SCALE;
  F[0] = 1;
  F[LAYERS - 1] = Math.exp(-0.5 * d * d);
  for (let i = LAYERS - 2; i >= 1; i--) {
    d = Math.sqrt(-2 * Math.log(V / d + Math.exp(-0.5 * d * d)));
    K[i + 1] = (d / t) * SCALE;
    t = d;
    F[i] = Math.exp(-0.5 * d * d);
    W[i] = d / SCALE;
  }
}

/** The rare slow path of the ziggurat: the base strip's tail, or a wedge test, else a fresh try. */
function slowPath(rng: Rng, bits: number): number {
  for (;;) {
    const layer = bits & (LAYERS - 1);
    const j = bits >> 7;
    const x = j * (W[layer] as number);
    if (layer === 0) {
      // Tail beyond R (Marsaglia 1964): x = −ln(u₁)/R, accept when −2 ln(u₂) > x².
      let tail: number;
      let y: number;
      do {
        tail = -Math.log(rng.next()) / R;
        y = -Math.log(rng.next());
      } while (y + y < tail * tail);
      return j > 0 ? R + tail : -R - tail;
    }
    const f0 = F[layer] as number;
    if (f0 + rng.next() * ((F[layer - 1] as number) - f0) < Math.exp(-0.5 * x * x)) return x;
    bits = rng.nextInt32();
    const next = bits & (LAYERS - 1);
    const k = bits >> 7;
    if (Math.abs(k) < (K[next] as number)) return k * (W[next] as number);
  }
}

/**
 * One standard normal draw by the ziggurat method: one 32-bit output gives the layer (low 7 bits) and a signed
 * 25-bit position (the other bits, so layer and position are independent, as Doornik recommends); about 98.8% of
 * draws are accepted at once with one multiplication, the rest go through the wedge or tail tests.
 * Source: G. Marsaglia & W. W. Tsang, "The ziggurat method for generating random variables", J. Stat. Softw. 5(8)
 * (2000); J. A. Doornik, "An improved ziggurat method to generate normal random samples" (2005).
 * @example standardNormal(xoshiro128ss(1)) // a N(0, 1) draw
 */
export function standardNormal(rng: Rng): number {
  const bits = rng.nextInt32();
  const layer = bits & (LAYERS - 1);
  const j = bits >> 7;
  if (Math.abs(j) < (K[layer] as number)) return j * (W[layer] as number);
  return slowPath(rng, bits);
}

/**
 * Fills `out` with standard normal draws by the same ziggurat, vectorised: the raw 32-bit outputs are generated in
 * one bulk `rng.fillInt32` and mapped in a second tight loop; the rare slow-path draws then take further numbers from
 * `rng`, in order. Deterministic for a seed, but not the same sequence as repeated {@link standardNormal} calls.
 * The integers live in the upper half of `out`'s own bytes (no scratch buffer): writing the double out[i] only
 * overwrites integers with index ≤ i, which have already been read.
 * @example fillStandardNormal(new Float64Array(10_000), xoshiro128ss(1)) // mean ≈ 0, sd ≈ 1
 */
export function fillStandardNormal(out: Float64Array, rng: Rng): Float64Array {
  const n = out.length;
  const bits = rng.fillInt32(new Int32Array(out.buffer, out.byteOffset + 4 * n, n));
  for (let i = 0; i < n; i++) {
    const b = bits[i] as number;
    const layer = b & (LAYERS - 1);
    const j = b >> 7;
    out[i] = Math.abs(j) < (K[layer] as number) ? j * (W[layer] as number) : slowPath(rng, b);
  }
  return out;
}
