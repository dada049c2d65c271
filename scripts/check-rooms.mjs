#!/usr/bin/env node
// Checks the house plan's "which room may use which" (docs/architecture.md) on every import in src/.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");
const SRC = join(ROOT, "src");
/** room → rooms it may import from (besides itself). */
const ALLOWED = {
  engine: [],
  domain: ["engine"],
  db: ["domain", "engine"],
  reports: ["engine"],
  server: ["domain", "db", "engine", "reports", "demo"],
  cli: ["engine", "db", "reports", "domain", "server", "demo"],
  web: ["engine", "domain"],
  demo: ["db", "domain", "engine"],
};
/** Packages a room may not use at all: the engine has no runtime dependencies but zod. */
const FORBIDDEN_PACKAGES = {
  engine: (spec) => !spec.startsWith(".") && spec !== "zod",
  web: (spec) => spec.startsWith("node:") || ["pg", "@electric-sql/pglite", "drizzle-orm", "hono"].some((p) => spec === p || spec.startsWith(`${p}/`)),
};

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const problems = [];
for (const file of files(SRC)) {
  const room = relative(SRC, file).split(sep)[0];
  if (!(room in ALLOWED)) continue;
  const isTest = /\.test\.tsx?$/.test(file);
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    const spec = match[1] ?? match[2];
    if (spec.startsWith(".")) {
      const target = relative(SRC, resolve(dirname(file), spec)).split(sep)[0];
      if (target !== room && target in ALLOWED && !ALLOWED[room].includes(target)) {
        problems.push(`${relative(ROOT, file)}: ${room} may not import from ${target} (${spec})`);
      }
    } else if (FORBIDDEN_PACKAGES[room]?.(spec) && !(isTest && room === "engine")) {
      problems.push(`${relative(ROOT, file)}: ${room} may not use package ${spec}`);
    }
  }
}
if (problems.length > 0) {
  console.error(`Room rules broken (docs/architecture.md):\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("Room rules respected.");
