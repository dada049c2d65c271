/**
 * Rearranges `a[left..right]` so that a[k] holds the value it would have if that range were sorted ascending, with
 * no larger value before it and no smaller value after it (Hoare's selection with a median-of-three pivot; expected
 * linear time). Values must not be NaN.
 * Source: C. A. R. Hoare, "Algorithm 65: Find", Comm. ACM 4 (1961) 321–322.
 * @example const a = Float64Array.of(5, 1, 4, 2, 3); quickselect(a, 1); a[1] // 2
 */
export function quickselect(a: Float64Array, k: number, left = 0, right = a.length - 1): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as pivot, which also guards against sorted input
    let x = a[lo] as number;
    let y = a[mid] as number;
    let z = a[hi] as number;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
