import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WEB_SOURCES = [join(ROOT, "src/web"), join(ROOT, "src/domain"), join(ROOT, "src/engine")];
const BUILT_INDEX = join(ROOT, "dist/web/index.html");

const newestMtime = (dir: string): number => {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/** True when dist/web is missing or older than the sources it is built from. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return WEB_SOURCES.some((dir) => newestMtime(dir) > built);
}

/** Builds the web app with Vite when needed, so `npm start` works straight after `npm install`. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log("Webapp bouwen (eenmalig, duurt even)…");
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
}
