/** How far an observation lies from the assumption: absolute, and relative to the assumption (null when that is 0). */
export interface Drift {
  readonly absolute: number;
  readonly relative: number | null;
}

/**
 * Drift of an observation from the assumption it replaces (ex-post against ex-ante).
 * @example drift(300, 240) // { absolute: -60, relative: -0.2 }
 */
export const drift = (assumption: number, observation: number): Drift => ({
  absolute: observation - assumption,
  relative: assumption === 0 ? null : (observation - assumption) / Math.abs(assumption),
});
