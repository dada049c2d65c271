import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * Where the journeys build and serve the web app. `BAATWIJZER_E2E_WEB_OUT` moves it elsewhere, so
 * two checkouts (or two people) running the browser suite at once do not overwrite each other's build.
 */
export const WEB_ROOT = process.env.BAATWIJZER_E2E_WEB_OUT ?? fileURLToPath(new URL("../../dist/web", import.meta.url));
export const VITE_CONFIG = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));
