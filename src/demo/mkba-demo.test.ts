import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelsRepository } from "../db/repositories/models";
import { createRegistrationFiguresRepository } from "../db/repositories/registration-figures";
import { withTenant } from "../db/tenant-context";
import { type TestDatabase, testTargets } from "../db/testing/databases";
import { getModel, listModels } from "../domain/models/service";
import { registrationFigures } from "../domain/registration-figures/service";
import { parseModel } from "../engine/parse-model";
import { DEMO_MODEL_NAME, seedMkbaDemo } from "./mkba-demo";
import { openSeededDemo } from "./testing/seeded-demo";

const today = new Date("2026-11-23T12:00:00Z");

describe.each(testTargets())("MKBA demo (%s)", (target) => {
  let database: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    ({ database, tenantId } = await openSeededDemo(target, { sampleHouseholds: 40, today }));
  }, 120_000);
  afterAll(async () => database?.dispose());

  const demoModel = () =>
    withTenant(database.handle.db, tenantId, async (tx) => {
      const repo = createModelsRepository(tx);
      const [summary] = (await listModels(repo, tenantId)).filter((m) => m.name === DEMO_MODEL_NAME);
      return summary ? getModel(repo, tenantId, summary.id) : null;
    });

  it("has the sociaal-wijkteam model as ex-ante v1 and a v2 with two parameters linked to the registration", async () => {
    const model = await demoModel();
    expect(model).toMatchObject({ name: DEMO_MODEL_NAME, kind: "mkba", currentVersion: 2 });
    expect(model!.versions.map((v) => [v.version, v.label, v.createdBy])).toEqual([
      [1, "ex-ante v1", "Bram Smit"],
      [2, "ex-ante v2", "Bram Smit"],
    ]);
    const parameters = parseModel(model!.document).model!.parameters;
    const period = { from: "2025-11-24", to: "2026-11-23" };
    expect(parameters.huishoudens).toMatchObject({ value: 300, link: { kind: "registration", figure: "cases_opened", ...period } });
    expect(parameters.aandeelVoorkomen).toMatchObject({ value: 0.3, link: { kind: "registration", figure: "effect_share", ...period } });
    expect(Object.values(parameters).filter((p) => p.link).length).toBe(2);
    const first = await withTenant(database.handle.db, tenantId, (tx) => getModel(createModelsRepository(tx), tenantId, model!.id, 1));
    expect(Object.values(parseModel(first.document).model!.parameters).some((p) => p.link)).toBe(false);
  });

  it("links to a figure the sample registration fills, so the ex-post view shows a drift", async () => {
    const model = await demoModel();
    const link = (model!.document.parameters as Record<string, { link: { from: string; to: string } }>).huishoudens!.link;
    const figures = await withTenant(database.handle.db, tenantId, (tx) => registrationFigures(createRegistrationFiguresRepository(tx), tenantId, { from: link.from, to: link.to }));
    const opened = figures.figures.find((f) => f.key === "cases_opened")!;
    expect(opened.suppressed).toBe(false);
    expect(opened.value).toBeGreaterThan(0);
    expect(opened.value).not.toBe(300);
  });

  it("seeds the model once: a second run adds nothing", async () => {
    await seedMkbaDemo(database.handle.db, tenantId, { today });
    const models = await withTenant(database.handle.db, tenantId, (tx) => listModels(createModelsRepository(tx), tenantId));
    expect(models.filter((m) => m.name === DEMO_MODEL_NAME).length).toBe(1);
    expect(models.length).toBe(1);
  });
});
