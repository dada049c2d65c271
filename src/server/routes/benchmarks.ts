import { z } from "zod";
import { createBenchmarksRepository } from "../../db/repositories/benchmarks";
import { benchmarkOverview, compare, importBenchmarks } from "../../domain/benchmarks/service";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

const tag = "Monitor";
const series = z.array(z.object({ year: z.number().int(), index: z.number() })).nullable();

/** Municipal statistics are public figures about municipalities, not persons: no audit, no suppression needed. */
export const benchmarkRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/benchmarks",
    tag,
    summary: "Which municipalities, indicators and years the imported statistics cover",
    permission: "monitor:view",
    responses: { 200: { description: "Overview", schema: z.object({ municipalities: z.array(z.string()), indicators: z.array(z.string()), years: z.array(z.number().int()) }) } },
    async handler({ tx, tenantId }) {
      return ok(await benchmarkOverview(createBenchmarksRepository(tx), tenantId));
    },
  }),
  sessionRoute({
    method: "post",
    path: "/benchmarks/import",
    tag,
    summary: "Import municipal statistics (CSV: gemeente;jaar;indicator;waarde); all rows or none, problems per row and column",
    permission: "monitor:manage",
    body: z.object({ csv: z.string().min(1, "Het bestand is leeg"), source: z.string().trim().min(1, "Vermeld de bron").max(300) }),
    responses: { 200: { description: "Imported", schema: z.object({ rows: z.number().int() }) } },
    async handler({ tx, tenantId, body }) {
      return ok(await importBenchmarks(createBenchmarksRepository(tx), tenantId, body.csv, body.source));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/benchmarks/compare",
    tag,
    summary: "Own municipality against a peer group, indexed (base year = 100), with growth to the last common year",
    permission: "monitor:view",
    query: z.object({
      municipality: z.string().min(1),
      peers: z
        .string()
        .min(1, "Kies minstens één vergelijkingsgemeente")
        .transform((v) => v.split(",").map((p) => p.trim()).filter(Boolean)),
      indicator: z.string().min(1),
      baseYear: z.coerce.number().int().min(1990).max(2100),
    }),
    responses: {
      200: {
        description: "Comparison",
        schema: z.object({
          indicator: z.string(),
          baseYear: z.number().int(),
          own: z.object({ municipality: z.string(), series }),
          peers: z.object({ municipalities: z.array(z.string()), series }),
          growth: z.object({ year: z.number().int().nullable(), own: z.number().nullable(), peers: z.number().nullable() }),
        }),
      },
    },
    async handler({ tx, tenantId, query }) {
      return ok(await compare(createBenchmarksRepository(tx), tenantId, query));
    },
  }),
];
