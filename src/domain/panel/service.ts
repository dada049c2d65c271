import { fleissKappa } from "../../engine/fleiss-kappa";
import { xoshiro128ss } from "../../engine/xoshiro128ss";
import type { Me } from "../accounts/dto";
import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import { VERDICTS, type Consensus, type CreateRound, type Packet, type ReviewItem, type Round, type SubmitVerdict } from "./dto";
import type { ItemRecord, PanelRepository, VerdictRecord } from "./repository";
import { checkPanel } from "./reviewer-independence";
import { sampleCases } from "./sample-cases";

export interface PanelDeps {
  readonly panel: PanelRepository;
  /** Builds the pseudonymised packet of a case (build-packet.ts, fed by the cases, plans and outcomes repositories). */
  readonly packetOf: (caseId: string) => Promise<Packet>;
  /**
   * Asks a case director to check a drawn case's packet (a task in Taken), so the release step is not missed.
   * Optional: without it the round is drawn all the same.
   */
  readonly remind?: (reminder: { caseDirectorId: string; caseId: string; roundName: string; by: string }) => Promise<void>;
}

const complete = (verdicts: readonly VerdictRecord[]) => verdicts.length === 3 && verdicts.every((v) => v.submitted);

/** Agreement over the items with three verdicts (Fleiss' kappa over prevented/reduced/ended/none). */
export function roundKappa(verdicts: readonly (VerdictRecord & { caseId: string })[]): number | null {
  const byCase = new Map<string, VerdictRecord[]>();
  for (const v of verdicts) byCase.set(v.caseId, [...(byCase.get(v.caseId) ?? []), v]);
  const rows = [...byCase.values()].filter(complete).map((vs) => VERDICTS.map((category) => vs.filter((v) => v.verdict === category).length));
  if (rows.length < 2) return null;
  const kappa = fleissKappa(rows);
  return Number.isFinite(kappa) ? kappa : null;
}

async function summarise(deps: PanelDeps, tenantId: string, round: Awaited<ReturnType<PanelRepository["round"]>> & object): Promise<Round> {
  const items = await deps.panel.items(tenantId, round.id);
  const verdicts = await deps.panel.verdictsOfRound(tenantId, round.id);
  const completeCount = items.filter((item) => complete(verdicts.filter((v) => v.caseId === item.caseId))).length;
  return {
    ...round,
    items: items.length,
    released: items.filter((i) => i.released).length,
    complete: completeCount,
    withConsensus: items.filter((i) => i.consensus).length,
    fleissKappa: roundKappa(verdicts),
  };
}

/** Samples closed cases (seeded, optionally stratified by team) and prepares a pseudonymised packet for each. */
export async function createRound(deps: PanelDeps, tenantId: string, me: Me, input: CreateRound): Promise<Round> {
  const candidates = await deps.panel.closedCases(tenantId, input.closedFrom, input.closedTo);
  if (candidates.length === 0) throw validationFailed([{ path: "closedFrom", message: "In deze periode zijn geen casussen afgesloten" }]);
  const chosen = sampleCases(candidates, { size: input.sampleSize, stratifyByTeam: input.stratifyByTeam, rng: xoshiro128ss(input.seed) });
  const round = await deps.panel.insertRound(tenantId, input, me.id);
  for (const caseId of chosen) await deps.panel.insertItem(tenantId, round.id, caseId, await deps.packetOf(caseId));
  if (deps.remind) {
    for (const item of await deps.panel.items(tenantId, round.id)) await deps.remind({ caseDirectorId: item.caseDirectorId, caseId: item.caseId, roundName: round.name, by: me.id });
  }
  return summarise(deps, tenantId, round);
}

export async function listRounds(deps: PanelDeps, tenantId: string): Promise<Round[]> {
  const rounds = await deps.panel.rounds(tenantId);
  const result: Round[] = [];
  for (const round of rounds) result.push(await summarise(deps, tenantId, round));
  return result;
}

/** Three panel members who were not involved in the case (Breda's rule), enforced here. */
export async function assignReviewers(deps: PanelDeps, tenantId: string, roundId: string, caseId: string, reviewerIds: readonly string[]): Promise<void> {
  const item = await deps.panel.item(tenantId, roundId, caseId);
  if (!item) throw notFound("Deze casus in de ronde");
  if ((await deps.panel.verdicts(tenantId, roundId, caseId)).length > 0) throw new AppError("conflict", "Voor deze casus is het panel al samengesteld.");
  const involvement = await deps.panel.involvement(tenantId, caseId);
  const issues = checkPanel(reviewerIds, involvement!);
  const members = new Set(await deps.panel.panelMembers(tenantId));
  reviewerIds.forEach((id, i) => {
    if (!members.has(id)) issues.push({ path: `reviewerIds.${i}`, message: "Dit is geen actief panellid" });
  });
  if (issues.length > 0) throw validationFailed(issues);
  await deps.panel.assign(tenantId, roundId, caseId, reviewerIds);
}

/**
 * The panel members who could judge this case, each with whether they were involved in it (and so may not:
 * Breda's rule) and whether they already sit on its panel, so the one composing the panel sees why a name
 * cannot be chosen instead of learning it from a refusal.
 */
export async function reviewerCandidates(deps: PanelDeps, tenantId: string, roundId: string, caseId: string) {
  if (!(await deps.panel.item(tenantId, roundId, caseId))) throw notFound("Deze casus in de ronde");
  const involvement = (await deps.panel.involvement(tenantId, caseId))!;
  const assigned = new Set((await deps.panel.verdicts(tenantId, roundId, caseId)).map((v) => v.reviewerId));
  return (await deps.panel.panelMemberNames(tenantId)).map((member) => ({
    id: member.id,
    displayName: member.displayName,
    involved: checkPanel([member.id], involvement).some((issue) => issue.path === "reviewerIds.0"),
    assigned: assigned.has(member.id),
  }));
}

/** The case director checks the free-text summary and releases the packet to the panel. */
export async function releasePacket(deps: PanelDeps, tenantId: string, me: Me, roundId: string, caseId: string, input: { version: number; summary: string }): Promise<void> {
  const item = await deps.panel.item(tenantId, roundId, caseId);
  if (!item || item.caseDirectorId !== me.id) throw notFound("Deze casus in de ronde");
  if (item.released) throw new AppError("conflict", "Dit dossier is al vrijgegeven.");
  if (!(await deps.panel.release(tenantId, roundId, caseId, input.version, input.summary, me.id))) throw versionConflict();
}

/** Items waiting for the case director's check (case director view). */
export async function itemsToRelease(deps: PanelDeps, tenantId: string, me: Me): Promise<{ roundId: string; caseId: string; packet: Packet; version: number }[]> {
  const result = [];
  for (const round of await deps.panel.rounds(tenantId)) {
    for (const item of await deps.panel.items(tenantId, round.id)) {
      if (item.caseDirectorId === me.id && !item.released) result.push({ roundId: item.roundId, caseId: item.caseId, packet: item.packet, version: item.version });
    }
  }
  return result;
}

function toView(item: ItemRecord, me: Me, verdicts: readonly VerdictRecord[]): ReviewItem {
  const mine = verdicts.find((v) => v.reviewerId === me.id) ?? null;
  return {
    roundId: item.roundId,
    caseId: item.caseId,
    packet: item.packet,
    summary: item.summary,
    released: item.released,
    myVerdict: mine,
    allVerdicts: complete(verdicts) ? [...verdicts] : null,
    consensus: item.consensus,
    version: item.version,
  };
}

/** A reviewer's own, released items; others' verdicts stay hidden until all three are in. */
export async function myReviewItems(deps: PanelDeps, tenantId: string, me: Me): Promise<ReviewItem[]> {
  const items = await deps.panel.itemsOfReviewer(tenantId, me.id);
  const result: ReviewItem[] = [];
  for (const item of items.filter((i) => i.released)) result.push(toView(item, me, await deps.panel.verdicts(tenantId, item.roundId, item.caseId)));
  return result;
}

async function assignedItem(deps: PanelDeps, tenantId: string, me: Me, roundId: string, caseId: string) {
  const item = await deps.panel.item(tenantId, roundId, caseId);
  const verdicts = item ? await deps.panel.verdicts(tenantId, roundId, caseId) : [];
  if (!item?.released || !verdicts.some((v) => v.reviewerId === me.id)) throw notFound("Deze casus");
  return { item, verdicts };
}

export async function reviewItem(deps: PanelDeps, tenantId: string, me: Me, roundId: string, caseId: string): Promise<ReviewItem> {
  const { item, verdicts } = await assignedItem(deps, tenantId, me, roundId, caseId);
  return toView(item, me, verdicts);
}

async function checkProvision(deps: PanelDeps, tenantId: string, priceItemId: string | null | undefined) {
  if (priceItemId && !(await deps.panel.priceItemExists(tenantId, priceItemId))) throw validationFailed([{ path: "priceItemId", message: "Deze voorziening staat niet in de prijslijst" }]);
}

/** Records a reviewer's independent verdict, once. */
export async function submitVerdict(deps: PanelDeps, tenantId: string, me: Me, roundId: string, caseId: string, input: SubmitVerdict): Promise<ReviewItem> {
  const { verdicts } = await assignedItem(deps, tenantId, me, roundId, caseId);
  if (verdicts.find((v) => v.reviewerId === me.id)?.submitted) throw new AppError("conflict", "U heeft uw oordeel over deze casus al gegeven.");
  await checkProvision(deps, tenantId, input.priceItemId);
  const none = input.verdict === "none";
  await deps.panel.submitVerdict(tenantId, roundId, caseId, me.id, {
    verdict: input.verdict,
    priceItemId: none ? null : (input.priceItemId ?? null),
    unitsPerMonth: none ? null : (input.unitsPerMonth ?? null),
    months: none ? null : (input.months ?? null),
    confidence: input.confidence,
    note: input.note ?? null,
  });
  return reviewItem(deps, tenantId, me, roundId, caseId);
}

/** After all three verdicts, the panel records its consensus. */
export async function recordConsensus(deps: PanelDeps, tenantId: string, me: Me, roundId: string, caseId: string, input: Consensus): Promise<ReviewItem> {
  const { verdicts } = await assignedItem(deps, tenantId, me, roundId, caseId);
  if (!complete(verdicts)) throw new AppError("conflict", "Eerst moeten alle drie de oordelen binnen zijn.");
  await checkProvision(deps, tenantId, input.priceItemId);
  const none = input.verdict === "none";
  const ok = await deps.panel.setConsensus(tenantId, roundId, caseId, input.version, {
    verdict: input.verdict,
    priceItemId: none ? null : (input.priceItemId ?? null),
    unitsPerMonth: none ? null : (input.unitsPerMonth ?? null),
    months: none ? null : (input.months ?? null),
    decidedBy: me.id,
  });
  if (!ok) throw versionConflict();
  return reviewItem(deps, tenantId, me, roundId, caseId);
}

/** The items of a round for the one who composes the panels: no packet content, only progress. */
export async function roundItems(deps: PanelDeps, tenantId: string, roundId: string) {
  if (!(await deps.panel.round(tenantId, roundId))) throw notFound("Deze ronde");
  const verdicts = await deps.panel.verdictsOfRound(tenantId, roundId);
  return (await deps.panel.items(tenantId, roundId)).map((item) => {
    const own = verdicts.filter((v) => v.caseId === item.caseId);
    return { caseId: item.caseId, released: item.released, reviewers: own.length, verdictsIn: own.filter((v) => v.submitted).length, consensus: item.consensus?.verdict ?? null };
  });
}
