import type { ResourceKind } from "../../domain/plans/dto";
import { keysOf } from "../keys-of";

/** The kinds of resource, lightest first (plan-values.test.ts checks them against the domain). */
export const RESOURCE_KIND_VALUES = keysOf<ResourceKind>({
  eigen_kracht: true,
  netwerk: true,
  vrijwilliger: true,
  algemene_voorziening: true,
  lichte_ondersteuning: true,
  maatwerkvoorziening: true,
  flexibel_budget: true,
  overig: true,
});
