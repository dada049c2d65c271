import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));
export const VITE_CONFIG = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));
