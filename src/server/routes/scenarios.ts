import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import { createScenariosRepository } from "../../db/repositories/scenarios";
import type { Tx } from "../../db/tenant-context";
import { saveScenariosSchema, scenariosSchema } from "../../domain/scenarios/dto";
import { type ScenariosDeps, getScenarios, saveScenarios } from "../../domain/scenarios/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

const tag = "Scenario's";
const purpose = "ondersteuning van het huishouden";
const scenariosDeps = (deps: AppDeps, tx: Tx): ScenariosDeps => ({ scenarios: createScenariosRepository(tx), cases: createCasesRepository(tx), now: deps.now });

export const scenarioRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/cases/:id/scenarios",
    tag,
    summary: "Three-scenario costing: niets doen, regulier, alternatief — expected cost per scenario and payer, and the differences",
    permission: "cases:use",
    params: z.object({ id: z.uuid() }),
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Scenarios", schema: scenariosSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const scenarios = await getScenarios(scenariosDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id, { part: "scenarios" });
      return ok(scenarios);
    },
  }),
  sessionRoute({
    method: "put",
    path: "/cases/:id/scenarios",
    tag,
    summary: "Save the three scenarios and the justification (version 0 for the first save)",
    permission: "cases:use",
    params: z.object({ id: z.uuid() }),
    body: saveScenariosSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Saved", schema: scenariosSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const scenarios = await saveScenarios(scenariosDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { part: "scenarios" });
      return ok(scenarios);
    },
  }),
];
