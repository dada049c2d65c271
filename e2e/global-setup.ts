import { build } from "vite";
import { skipBrowserSuite, warnIfSkipped } from "./support/chromium";
import { VITE_CONFIG, WEB_ROOT } from "./support/paths";

/** Builds the web app once, so the journeys test the same dist/web that the server serves. */
export default async function setup(): Promise<void> {
  if (skipBrowserSuite()) {
    warnIfSkipped();
    return;
  }
  await build({ configFile: VITE_CONFIG, logLevel: "warn", build: { outDir: WEB_ROOT, emptyOutDir: true } });
}
