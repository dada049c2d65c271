import { readFile } from "node:fs/promises";
import type { CliIo } from "../io";

/** A fake terminal for CLI tests: files from a map (or the real examples under docs/), output collected. */
export function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      if (path in files) return files[path] as string;
      if (path.startsWith("docs/")) return readFile(new URL(`../../../${path}`, import.meta.url), "utf8");
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
    },
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
