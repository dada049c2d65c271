import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateModelSchema, MODEL_SCHEMA_PATH } from "./generate-model-schema";

describe("docs/model.schema.json", () => {
  it("equals the schema generated from the zod schema (run `npx tsx scripts/generate-model-schema.ts` after a change)", () => {
    expect(readFileSync(MODEL_SCHEMA_PATH, "utf8")).toBe(generateModelSchema());
  });

  it("describes the public contract", () => {
    const schema = JSON.parse(generateModelSchema());
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.format.const).toBe("baatwijzer.model/1");
    expect(schema.required).toEqual(["format", "name", "kind", "priceYear", "horizon", "stakeholders"]);
    expect(schema.properties.discountRate.default).toBe(0.0225);
    expect(schema.additionalProperties).toBe(false);
  });
});
