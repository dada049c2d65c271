import { z } from "zod";
import { PERMISSION_MATRIX } from "../../domain/access/permissions";
import { API_PREFIX } from "./register";
import type { AnyRoute } from "./route";

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;

/** OpenAPI 3.1 generated from the same zod schemas that validate the requests. */
export function buildOpenApi(routes: readonly AnyRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = API_PREFIX + route.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    const parameters: unknown[] = [];
    for (const [where, schema] of [["path", route.params], ["query", route.query]] as const) {
      if (!schema) continue;
      const json = jsonSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: property });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = response.schema
        ? { description: response.description, content: { "application/json": { schema: jsonSchema(response.schema, "output") } } }
        : { description: response.description, ...(Number(status) >= 400 ? errorContent() : {}) };
    }
    responses.default = { description: "Error", ...errorContent() };
    const permission = route.access.kind === "permission" ? route.access.permission : null;
    paths[path] ??= {};
    paths[path][route.method] = {
      operationId: operationId(route),
      summary: route.summary,
      tags: [route.tag],
      ...(route.access.kind === "public" ? { security: [] } : {}),
      ...(permission ? { "x-permission": permission, "x-roles": PERMISSION_MATRIX[permission] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Baatwijzer API",
      version,
      description:
        "JSON API of Baatwijzer. Authenticate with POST /auth/login (session cookie); send the csrfToken from the login response as header X-CSRF-Token on every state-changing request. Errors always have the shape { error: { code, message, details? } }.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "bw_session" } },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
    security: [{ session: [] }],
    paths,
  };
}

const errorContent = () => ({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

const operationId = (route: AnyRoute): string =>
  route.method +
  route.path
    .split("/")
    .filter(Boolean)
    .map((part) => (part.startsWith(":") ? `By${cap(part.slice(1))}` : cap(part.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()))))
    .join("");

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
