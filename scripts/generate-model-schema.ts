// Generates docs/model.schema.json from the zod schema of the model format (the single source of truth).
// Run: npx tsx scripts/generate-model-schema.ts   — scripts/generate-model-schema.test.ts fails when the file drifts.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { MODEL_FORMAT, modelSchema } from "../src/engine/model-schema";

/** Where the published JSON Schema lives. */
export const MODEL_SCHEMA_PATH = fileURLToPath(new URL("../docs/model.schema.json", import.meta.url));

/** The JSON Schema (draft 2020-12) of the model as written in JSON (defaults optional), as formatted text. */
export function generateModelSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(modelSchema, { io: "input", target: "draft-2020-12" });
  const schema = {
    $schema,
    ...rest,
    description: `The Baatwijzer model format ${MODEL_FORMAT}: a social cost-benefit analysis (MKBA) or business case. Generated from src/engine/model-schema.ts; see docs/model-format.md. Semantic rules (known stakeholders and parameters, years within the horizon, possible distributions, valid expressions) are checked by \`baatwijzer model validate\`.`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(MODEL_SCHEMA_PATH, generateModelSchema());
  console.log(`wrote ${MODEL_SCHEMA_PATH}`);
}
