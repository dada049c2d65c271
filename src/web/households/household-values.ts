import type { NETWORK_KINDS, RELATIONS } from "../../domain/households/dto";
import { keysOf } from "../keys-of";

export type Relation = (typeof RELATIONS)[number];
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** A member's relation to the household (household-values.test.ts checks them against the domain). */
export const RELATION_VALUES = keysOf<Relation>({ hoofd: true, partner: true, kind: true, ouder: true, overig: true });

export const NETWORK_KIND_VALUES = keysOf<NetworkKind>({
  familie: true,
  buren: true,
  vrienden: true,
  vrijwilliger: true,
  overig: true,
});
