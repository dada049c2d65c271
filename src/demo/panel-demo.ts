import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { createAccountsRepository } from "../db/repositories/accounts";
import { createCaseFactsRepository } from "../db/repositories/case-facts";
import { createCasesRepository } from "../db/repositories/cases";
import { createOutcomesRepository } from "../db/repositories/outcomes";
import { createPanelRepository } from "../db/repositories/panel";
import { createPlansRepository } from "../db/repositories/plans";
import { createPricesRepository } from "../db/repositories/prices";
import { cases, households, teams, users } from "../db/schema/index";
import { withTenant } from "../db/tenant-context";
import { DEFAULT_CASE_LABELS } from "../domain/case-facts/default-labels";
import type { Verdict } from "../domain/panel/dto";
import { buildPacket } from "../domain/panel/build-packet";
import { sampleCases } from "../domain/panel/sample-cases";
import { xoshiro128ss } from "../engine/xoshiro128ss";
import { seededRandom } from "./random";
import { addDays } from "../domain/calendar";

/** Two more fictional panel members besides the demo account, so a panel of three exists. */
const EXTRA_REVIEWERS = [
  { username: "panellid2", displayName: "Fenna de Jong" },
  { username: "panellid3", displayName: "Ruben Koster" },
] as const;

/** What the panel most likely judged, given how the case ended (the demo's fiction, not a finding). */
const LIKELY: Record<string, Verdict> = { andere_oplossing: "prevented", lichte_vorm: "reduced", maatwerk_nodig: "none" };
const OTHERS: readonly Verdict[] = ["prevented", "reduced", "ended", "none"];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The demo's business case needs benefits: the closed sample cases get an approach, success and failure
 * factors and some volunteer and activity costs, and one completed review round — a seeded sample, released
 * packets, three independent verdicts each (mostly agreeing) and the panel's consensus. Deterministic for
 * the same sample data. Only for the demo municipality with sample households.
 */
export async function seedPanelDemo(db: Db, tenantId: string, options: { passwordHash: string; today: Date; seed?: number }): Promise<{ reviewed: number }> {
  const random = seededRandom(options.seed ?? 6);
  const today = isoDay(options.today);
  return withTenant(db, tenantId, async (tx) => {
    const accounts = createAccountsRepository(tx);
    const facts = createCaseFactsRepository(tx);
    const panel = createPanelRepository(tx);
    const casesRepo = createCasesRepository(tx);
    const plans = createPlansRepository(tx);
    const outcomes = createOutcomesRepository(tx);
    const priceList = await createPricesRepository(tx).list(tenantId);
    const maatwerk = priceList.filter((p) => p.code.startsWith("WMO-") || p.code.startsWith("JW-"));

    for (const reviewer of EXTRA_REVIEWERS) {
      await accounts.insertUser(tenantId, { ...reviewer, email: `${reviewer.username}@voorbeeld.example`, passwordHash: options.passwordHash, roles: ["panellid"], teamIds: [] });
    }
    const reviewers = (await tx.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.tenantId, tenantId))).filter((u) => u.roles.includes("panellid")).map((u) => u.id);
    const adviser = (await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, "beleidsadviseur"))))[0]!.id;

    for (const label of DEFAULT_CASE_LABELS) await facts.insertLabel(tenantId, label);
    const labels = await facts.labels(tenantId);
    const ofKind = (kind: string) => labels.filter((l) => l.kind === kind);

    const closedFrom = addDays(today, -540);
    const details = new Map(
      (
        await tx
          .select({ id: cases.id, director: cases.caseDirectorId, openedOn: cases.openedOn, closedOn: cases.closedOn, outcome: cases.closingOutcome, household: households.name, team: teams.name })
          .from(cases)
          .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
          .innerJoin(teams, and(eq(teams.tenantId, households.tenantId), eq(teams.id, households.teamId)))
          .where(eq(cases.tenantId, tenantId))
      ).map((c) => [c.id, c]),
    );
    // Case ids are random uuids; order by what the seeded sample data makes the same on every machine, so the
    // same seed tags and samples the same cases.
    const stableKey = (id: string) => {
      const c = details.get(id)!;
      return `${c.openedOn}|${c.closedOn}|${c.team}|${c.household}|${c.outcome}`;
    };
    const closed = (await panel.closedCases(tenantId, closedFrom, today)).sort((a, b) => stableKey(a.caseId).localeCompare(stableKey(b.caseId)));
    for (const { caseId } of closed) {
      const file = details.get(caseId)!;
      await facts.link(tenantId, caseId, random.pick(ofKind("approach")).id, file.director);
      await facts.link(tenantId, caseId, random.pick(ofKind("success_factor")).id, file.director);
      if (random.chance(0.4)) await facts.link(tenantId, caseId, random.pick(ofKind("failure_factor")).id, file.director);
      if (random.chance(0.35)) {
        await facts.insertCostLine(tenantId, caseId, { kind: random.pick(["vrijwilligerskosten", "activiteit"] as const), description: "Reiskosten vrijwilliger en een buurtactiviteit (demo)", amountCents: 500 * random.int(2, 40), spentOn: addDays(file.openedOn, random.int(1, 30)) }, file.director);
      }
    }
    if (reviewers.length < 3 || maatwerk.length === 0 || closed.length === 0) return { reviewed: 0 };

    const round = await panel.insertRound(tenantId, { name: "Voorbeeldronde (demo)", sampleSize: Math.min(60, Math.ceil(closed.length * 0.6)), seed: 2026, closedFrom, closedTo: today, stratifyByTeam: true }, adviser);
    // sampleCases orders cases and teams by id: hand it the stable rank and the team's name, and map back.
    const ranked = closed.map((c, i) => ({ caseId: String(i).padStart(6, "0"), teamId: details.get(c.caseId)!.team }));
    const sample = sampleCases(ranked, { size: round.sampleSize, stratifyByTeam: true, rng: xoshiro128ss(round.seed) }).map((rank) => closed[Number(rank)]!.caseId);
    const labelOf = new Map(priceList.map((p) => [p.id, p.label]));
    for (const caseId of sample) {
      const file = (await casesRepo.find(tenantId, caseId))!;
      const packet = buildPacket(file, await plans.resources(tenantId, caseId), await outcomes.measurements(tenantId, caseId), (id) => labelOf.get(id) ?? null);
      await panel.insertItem(tenantId, round.id, caseId, packet);
      await panel.release(tenantId, round.id, caseId, 1, "Huishouden met meerdere vragen; het netwerk en een vrijwilliger hielpen mee (demo).", file.caseDirectorId);
      await panel.assign(tenantId, round.id, caseId, reviewers.slice(0, 3));
      const likely = LIKELY[file.closingOutcome ?? ""] ?? "none";
      const product = random.pick(maatwerk);
      const units = random.int(4, 16);
      const months = random.int(6, 12);
      const given: Verdict[] = [];
      for (const reviewerId of reviewers.slice(0, 3)) {
        const verdict = random.chance(0.75) ? likely : random.pick(OTHERS);
        given.push(verdict);
        const effect = verdict !== "none";
        await panel.submitVerdict(tenantId, round.id, caseId, reviewerId, {
          verdict,
          priceItemId: effect ? product.id : null,
          unitsPerMonth: effect ? units + random.int(-2, 2) : null,
          months: effect ? months : null,
          confidence: random.int(2, 5),
          note: "Oordeel op basis van het dossier (demo).",
        });
      }
      const consensus = OTHERS.reduce((best, v) => (given.filter((g) => g === v).length > given.filter((g) => g === best).length ? v : best), likely);
      const effect = consensus !== "none";
      await panel.setConsensus(tenantId, round.id, caseId, 2, { verdict: consensus, priceItemId: effect ? product.id : null, unitsPerMonth: effect ? units : null, months: effect ? months : null, decidedBy: reviewers[0]! });
    }
    return { reviewed: sample.length };
  });
}
