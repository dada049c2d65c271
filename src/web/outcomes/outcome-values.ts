import type { MOMENTS } from "../../domain/outcomes/dto";
import { keysOf } from "../keys-of";

export type Moment = (typeof MOMENTS)[number];

/** The measuring moments (outcome-values.test.ts checks them against the domain). */
export const MOMENT_VALUES = keysOf<Moment>({ start: true, na_6_maanden: true, afsluiting: true, tussentijds: true });

/** The instrument a new measurement starts with: the built-in self-reliance matrix. */
export const DEFAULT_INSTRUMENT = "zrm";
