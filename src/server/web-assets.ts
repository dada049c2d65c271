import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Baatwijzer</title></head>
<body><main><h1>Baatwijzer</h1><p>De webapp is nog niet gebouwd. Voer <code>npm run build</code> uit en start opnieuw.</p>
<p>De API draait wel: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></main></body></html>`;

/**
 * Serves the built React app: hashed assets with a long cache, every other GET outside the API
 * answered with index.html (client-side routing).
 */
export function mountWebApp(app: Hono, webRoot: string | null): void {
  const indexPath = webRoot ? join(webRoot, "index.html") : null;
  const index = indexPath && existsSync(indexPath) ? readFileSync(indexPath, "utf8") : NOT_BUILT;
  if (webRoot && indexPath && existsSync(indexPath)) {
    app.use("/assets/*", async (c, next) => {
      await next();
      if (c.res.status === 200) c.header("Cache-Control", "public, max-age=31536000, immutable");
    });
    app.use("/*", serveStatic({ root: webRoot, rewriteRequestPath: (path) => (path === "/" ? "/index.html.none" : path) }));
  }
  app.get("*", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.html(index);
  });
}
