import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import { createOutcomesRepository } from "../../db/repositories/outcomes";
import { createTasksRepository } from "../../db/repositories/tasks";
import type { Tx } from "../../db/tenant-context";
import { addMeasurementSchema, createInstrumentSchema, instrumentSchema, measurementSchema } from "../../domain/outcomes/dto";
import { type OutcomesDeps, addMeasurement, createInstrument, listInstruments, listMeasurements } from "../../domain/outcomes/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Uitkomsten";
const purpose = "ondersteuning van het huishouden";
const outcomesDeps = (deps: AppDeps, tx: Tx): OutcomesDeps => ({
  outcomes: createOutcomesRepository(tx),
  cases: createCasesRepository(tx),
  tasks: createTasksRepository(tx),
  now: deps.now,
});

export const outcomeRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/instruments",
    tag,
    summary: "Measuring instruments: the built-in self-reliance matrix and the tenant's own",
    permission: null,
    responses: { 200: { description: "Instruments", schema: z.object({ items: z.array(instrumentSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await listInstruments(outcomesDeps(deps, tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/instruments",
    tag,
    summary: "Add an instrument (domains and levels)",
    permission: "instruments:manage",
    body: createInstrumentSchema,
    responses: { 201: { description: "Added", schema: instrumentSchema } },
    async handler({ deps, tx, tenantId, body }) {
      return created(await createInstrument(outcomesDeps(deps, tx), tenantId, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/cases/:id/measurements",
    tag,
    summary: "A case's measurements, oldest first",
    permission: "cases:use",
    params: z.object({ id: z.uuid() }),
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Measurements", schema: z.object({ items: z.array(measurementSchema) }) } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const items = await listMeasurements(outcomesDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id, { part: "measurements" });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/measurements",
    tag,
    summary: "Record a measurement of the relevant domains, each with a reason; a start measurement schedules the 6-month follow-up",
    permission: "cases:use",
    params: z.object({ id: z.uuid() }),
    body: addMeasurementSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Recorded", schema: measurementSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const measurement = await addMeasurement(outcomesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { part: "measurement", moment: measurement.moment, domains: measurement.scores.length });
      return created(measurement);
    },
  }),
];
