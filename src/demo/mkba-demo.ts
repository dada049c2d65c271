import { eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { createModelsRepository } from "../db/repositories/models";
import { users } from "../db/schema/index";
import { withTenant } from "../db/tenant-context";
import { addDays, dutchToday } from "../domain/calendar";
import { createModel, saveVersion } from "../domain/models/service";
import { MODEL_TEMPLATES } from "../domain/models/templates";

/** The demo's model in the MKBA studio's library. */
export const DEMO_MODEL_NAME = "Sociaal wijkteam Voorbeeld";

/**
 * The second version's links: the households per year and the share of prevented maatwerk observed in the
 * registration (cases opened; share of panel verdicts with an effect) over the twelve months up to `today`.
 */
export const demoModelLinks = (today: string) => {
  const period = { from: addDays(today, -364), to: today };
  return {
    huishoudens: { kind: "registration", figure: "cases_opened", ...period },
    aandeelVoorkomen: { kind: "registration", figure: "effect_share", ...period },
  } as const;
};

/**
 * The MKBA studio's demo: the sociaal-wijkteam template as "ex-ante v1" by the policy advisor, and a version
 * "ex-ante v2" in which two assumptions are linked to live registration figures, so the ex-post view shows
 * assumption next to observation with the drift (with the 300 sample households of `npm start`; in a demo without
 * households the figures are suppressed as small counts). Deterministic for the same `today`; does nothing when
 * the tenant already has the model, or has no policy advisor. Every number is the template's placeholder.
 */
export async function seedMkbaDemo(db: Db, tenantId: string, { today }: { today: Date }): Promise<void> {
  await withTenant(db, tenantId, async (tx) => {
    const repo = createModelsRepository(tx);
    if ((await repo.list(tenantId)).some((model) => model.name === DEMO_MODEL_NAME)) return;
    const advisor = (await tx.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.tenantId, tenantId))).find((u) => u.roles.includes("beleidsadviseur"));
    if (!advisor) return;
    const template = MODEL_TEMPLATES["sociaal-wijkteam"] as { parameters: Record<string, Record<string, unknown>> } & Record<string, unknown>;
    const exAnte = { ...structuredClone(template), name: DEMO_MODEL_NAME, description: `${String(template.description)} Demomodel: alle getallen zijn aannames.` };
    const created = await createModel(repo, tenantId, advisor.id, { document: exAnte, label: "ex-ante v1" });
    const links = demoModelLinks(dutchToday(today));
    const linked = {
      ...exAnte,
      parameters: Object.fromEntries(
        Object.entries(exAnte.parameters).map(([name, parameter]) => [name, name in links ? { ...parameter, link: links[name as keyof typeof links] } : parameter]),
      ),
    };
    await saveVersion(repo, tenantId, advisor.id, created.id, {
      baseVersion: created.currentVersion,
      label: "ex-ante v2",
      note: "huishoudens en aandeelVoorkomen gekoppeld aan de registratie (afgelopen twaalf maanden)",
      document: linked,
    });
  });
}
