import { z } from "zod";
import { createMonitorRepository } from "../../db/repositories/monitor";
import { addNoteSchema, contractKpisSchema, contractNoteSchema, contractSchema, createContractSchema, updateContractSchema } from "../../domain/monitor/dto";
import { contractKpis, createContract, updateContract } from "../../domain/monitor/service";
import { notFound } from "../../domain/errors";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Monitor";
const id = z.object({ id: z.uuid() });

/** Contracts and their KPIs are aggregates about providers: no personal data, counts below 5 suppressed. */
export const contractRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/contracts",
    tag,
    summary: "Contracts with providers and their KPI targets",
    permission: "monitor:view",
    responses: { 200: { description: "Contracts", schema: z.object({ items: z.array(contractSchema) }) } },
    async handler({ tx, tenantId }) {
      return ok({ items: await createMonitorRepository(tx).contracts(tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/contracts",
    tag,
    summary: "Add a contract (lump sum, price × quantity or per trajectory) with KPI targets",
    permission: "monitor:manage",
    body: createContractSchema,
    responses: { 201: { description: "Added", schema: contractSchema } },
    async handler({ tx, tenantId, body }) {
      return created(await createContract(createMonitorRepository(tx), tenantId, body));
    },
  }),
  sessionRoute({
    method: "put",
    path: "/contracts/:id",
    tag,
    summary: "Change a contract and its KPI targets (send the version you read)",
    permission: "monitor:manage",
    params: id,
    body: updateContractSchema,
    responses: { 200: { description: "Changed", schema: contractSchema }, 409: { description: "Changed by someone else" } },
    async handler({ tx, tenantId, params, body }) {
      return ok(await updateContract(createMonitorRepository(tx), tenantId, params.id, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/contracts/:id/kpis",
    tag,
    summary: "KPIs of the provider's trajectories in a period, with traffic lights and a quarterly trend",
    permission: "monitor:view",
    params: id,
    query: z.object({ from: z.iso.date(), to: z.iso.date() }),
    responses: { 200: { description: "KPIs", schema: contractKpisSchema } },
    async handler({ tx, tenantId, params, query }) {
      return ok(await contractKpis(createMonitorRepository(tx), tenantId, params.id, query.from, query.to));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/contracts/:id/notes",
    tag,
    summary: "Notes of the periodic results conversations",
    permission: "monitor:view",
    params: id,
    responses: { 200: { description: "Notes", schema: z.object({ items: z.array(contractNoteSchema) }) } },
    async handler({ tx, tenantId, params }) {
      const repo = createMonitorRepository(tx);
      if (!(await repo.contract(tenantId, params.id))) throw notFound("Dit contract");
      return ok({ items: await repo.notes(tenantId, params.id) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/contracts/:id/notes",
    tag,
    summary: "Record a results conversation",
    permission: "monitor:manage",
    params: id,
    body: addNoteSchema,
    responses: { 201: { description: "Recorded", schema: contractNoteSchema } },
    async handler({ tx, tenantId, session, params, body }) {
      const repo = createMonitorRepository(tx);
      if (!(await repo.contract(tenantId, params.id))) throw notFound("Dit contract");
      return created(await repo.insertNote(tenantId, params.id, body.heldOn, body.text, session.me.id));
    },
  }),
];
