import { z } from "zod";
import { createMonitorRepository } from "../../db/repositories/monitor";
import { dutchToday } from "../../domain/calendar";
import { providerSchema, trajectoryComparisonQuerySchema, trajectoryComparisonSchema } from "../../domain/monitor/dto";
import { trajectoryComparison } from "../../domain/monitor/service";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

const tag = "Monitor";

/** Aggregates about providers and trajectories for policy roles: no personal data, counts below 5 suppressed. */
export const monitorRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/monitor/providers",
    tag,
    summary: "Organisations a contract can be made with (providers and consortia)",
    permission: "monitor:view",
    responses: { 200: { description: "Providers", schema: z.object({ items: z.array(providerSchema) }) } },
    async handler({ tx, tenantId }) {
      return ok({ items: await createMonitorRepository(tx).providers(tenantId) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/monitor/trajectories",
    tag,
    summary: "Own trajectories against contracted providers: count, cost per trajectory, duration and satisfaction with 95% bootstrap intervals",
    permission: "monitor:view",
    query: trajectoryComparisonQuerySchema,
    responses: { 200: { description: "Comparison (counts below 5 suppressed)", schema: trajectoryComparisonSchema } },
    async handler({ deps, tx, tenantId, query }) {
      return ok(await trajectoryComparison(createMonitorRepository(tx), tenantId, query, dutchToday(deps.now())));
    },
  }),
];
