import type { Rng } from "../../engine/xoshiro128ss";

export interface SampleCandidate {
  readonly caseId: string;
  readonly teamId: string;
}

/**
 * Draws `size` cases for the review panel, reproducibly with the given random source. Stratified by team:
 * each team gets its proportional share (largest-remainder rounding, Hamilton's method), so a small team is
 * neither missed nor over-represented; within a team the choice is a seeded partial Fisher–Yates shuffle.
 * Unstratified: one simple random sample. Returns case ids in draw order; all candidates when size ≥ count.
 * @example sampleCases(cases, { size: 150, stratifyByTeam: true, rng: xoshiro128ss(42) })
 */
export function sampleCases(candidates: readonly SampleCandidate[], options: { size: number; stratifyByTeam: boolean; rng: Rng }): string[] {
  const size = Math.min(Math.max(0, Math.floor(options.size)), candidates.length);
  if (!options.stratifyByTeam) return shuffleTake(candidates.map((c) => c.caseId), size, options.rng);
  const byTeam = new Map<string, string[]>();
  for (const c of [...candidates].sort((a, b) => (a.caseId < b.caseId ? -1 : 1))) {
    byTeam.set(c.teamId, [...(byTeam.get(c.teamId) ?? []), c.caseId]);
  }
  const teams = [...byTeam.keys()].sort();
  const quotas = teams.map((team) => (byTeam.get(team)!.length * size) / candidates.length);
  const allocation = quotas.map(Math.floor);
  let remaining = size - allocation.reduce((a, b) => a + b, 0);
  const byRemainder = teams.map((_, i) => i).sort((a, b) => quotas[b]! - allocation[b]! - (quotas[a]! - allocation[a]!) || a - b);
  for (const i of byRemainder) {
    if (remaining === 0) break;
    allocation[i]! += 1;
    remaining -= 1;
  }
  return teams.flatMap((team, i) => shuffleTake(byTeam.get(team)!, allocation[i]!, options.rng));
}

function shuffleTake(ids: readonly string[], take: number, rng: Rng): string[] {
  const pool = [...ids].sort();
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng.next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
