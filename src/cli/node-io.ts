import { readFile } from "node:fs/promises";
import type { CliIo } from "./io";

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readFile: (path) => readFile(path, "utf8"),
};
