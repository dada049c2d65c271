import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { AppError } from "../domain/errors";
import type { AppDeps } from "./deps";
import { errorBody, respondWithError } from "./errors";
import { buildOpenApi } from "./http/openapi";
import { API_PREFIX, registerRoutes } from "./http/register";
import { allRoutes } from "./routes/index";
import { mountWebApp } from "./web-assets";

export const API_VERSION = "0.1.0";
/** JSON bodies above 1 MiB are refused; imports that need more get their own limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Builds the whole HTTP app from its dependencies; tests call it in-process with app.request(). */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: "same-origin",
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(`${API_PREFIX}/*`, async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  app.use(
    `${API_PREFIX}/*`,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody(new AppError("payload_too_large", "Het verzoek is te groot (maximaal 1 MB).")), 413),
    }),
  );

  app.get("/healthz", async (c) => {
    const up = await deps.database.ping();
    if (up) return c.json({ status: "ok", database: deps.database.kind });
    return c.json(errorBody(new AppError("database_unavailable", "De database antwoordt niet.")), 503);
  });

  const openApi = buildOpenApi(allRoutes, API_VERSION);
  app.get(`${API_PREFIX}/openapi.json`, (c) => c.json(openApi));
  registerRoutes(app, allRoutes, deps);
  app.all(`${API_PREFIX}/*`, (c) => c.json(errorBody(new AppError("not_found", "Deze API-route bestaat niet.")), 404));
  app.all("/healthz", (c) => c.json(errorBody(new AppError("not_found", "Deze route bestaat niet.")), 404));

  mountWebApp(app, deps.webRoot);
  app.notFound((c) => c.json(errorBody(new AppError("not_found", "Deze route bestaat niet.")), 404));
  app.onError((error, c) => respondWithError(c, error));
  return app;
}
