import type { Payer } from "../../domain/prices/dto";
import type { ScenarioKey } from "../../domain/scenarios/dto";
import { keysOf } from "../keys-of";

/** Niets doen, regulier, alternatief (scenario-values.test.ts checks them against the domain). */
export const SCENARIO_VALUES = keysOf<ScenarioKey>({ niets_doen: true, regulier: true, alternatief: true });

export const PAYER_VALUES = keysOf<Payer>({
  gemeente_wmo: true,
  gemeente_jeugd: true,
  gemeente_participatie: true,
  gemeente_overig: true,
  zorgverzekeraar: true,
  wlz: true,
  uwv: true,
  huishouden: true,
  overig: true,
});
