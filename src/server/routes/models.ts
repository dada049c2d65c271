import { z } from "zod";
import { createModelsRepository } from "../../db/repositories/models";
import { createModelSchema, modelDetailSchema, modelSummarySchema, saveVersionSchema } from "../../domain/models/dto";
import { createModel, getModel, listModels, saveVersion, templateList } from "../../domain/models/service";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "MKBA";
const id = z.object({ id: z.uuid() });

/** Models hold no personal data: no audit entries; versions record who saved what. */
export const modelRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/model-templates",
    tag,
    summary: "Templates to start a model from",
    permission: "mkba:use",
    responses: { 200: { description: "Templates", schema: z.object({ items: z.array(z.object({ key: z.string(), name: z.string(), description: z.string() })) }) } },
    async handler() {
      return ok({ items: templateList() });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/models",
    tag,
    summary: "The tenant's model library",
    permission: "mkba:use",
    responses: { 200: { description: "Models", schema: z.object({ items: z.array(modelSummarySchema) }) } },
    async handler({ tx, tenantId }) {
      return ok({ items: await listModels(createModelsRepository(tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/models",
    tag,
    summary: "Create a model from a template or import a baatwijzer.model/1 document (refused with every finding when invalid)",
    permission: "mkba:use",
    body: createModelSchema,
    responses: { 201: { description: "Created", schema: modelDetailSchema }, 400: { description: "Invalid model: details.findings lists every problem with its JSON path" } },
    async handler({ tx, tenantId, session, body }) {
      return created(await createModel(createModelsRepository(tx), tenantId, session.me.id, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/models/:id",
    tag,
    summary: "A model's current document (or ?version=N) and its version history",
    permission: "mkba:use",
    params: id,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
    responses: { 200: { description: "Model", schema: modelDetailSchema } },
    async handler({ tx, tenantId, params, query }) {
      return ok(await getModel(createModelsRepository(tx), tenantId, params.id, query.version));
    },
  }),
  sessionRoute({
    method: "post",
    path: "/models/:id/versions",
    tag,
    summary: "Save a new version on top of baseVersion (409 when someone saved in between)",
    permission: "mkba:use",
    params: id,
    body: saveVersionSchema,
    responses: { 201: { description: "Saved", schema: modelDetailSchema }, 409: { description: "Someone else saved a newer version" } },
    async handler({ tx, tenantId, session, params, body }) {
      return created(await saveVersion(createModelsRepository(tx), tenantId, session.me.id, params.id, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/models/:id/export",
    tag,
    summary: "Download the current document as baatwijzer.model/1 JSON",
    permission: "mkba:use",
    params: id,
    responses: { 200: { description: "JSON file" } },
    async handler({ tx, tenantId, params, c }) {
      const model = await getModel(createModelsRepository(tx), tenantId, params.id);
      const name = model.name.replace(/[^A-Za-z0-9-]+/g, "-").toLowerCase();
      return c.body(`${JSON.stringify(model.document, null, 2)}\n`, 200, { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.baatwijzer.json"` });
    },
  }),
];
