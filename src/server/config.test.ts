import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to port 3000, ./data, demo on, no PostgreSQL", () => {
    const config = loadConfig({});
    expect(config).toEqual({ port: 3000, host: "127.0.0.1", dataDir: resolve("./data"), databaseUrl: undefined, demo: true, secureCookies: false, encryptionKey: undefined });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reads BAATWIJZER_DEMO=0 and a PostgreSQL URL (secure cookies on by default there)", () => {
    const config = loadConfig({ BAATWIJZER_DEMO: "0", DATABASE_URL: "postgres://u:p@db/baatwijzer", PORT: "8080" });
    expect(config).toMatchObject({ demo: false, databaseUrl: "postgres://u:p@db/baatwijzer", port: 8080, secureCookies: true });
  });

  it("explains invalid settings in Dutch", () => {
    expect(() => loadConfig({ PORT: "negentig", DATABASE_URL: "mysql://x" })).toThrow(/Ongeldige configuratie:[\s\S]*PORT[\s\S]*DATABASE_URL moet beginnen met postgres/);
  });
});
