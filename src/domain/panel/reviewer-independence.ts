/** Everyone who had a hand in a case: its director, its participants with an account, who logged hours or talks. */
export interface CaseInvolvement {
  readonly caseDirectorId: string;
  readonly participantUserIds: readonly string[];
  readonly hoursUserIds: readonly string[];
  readonly conversationRecorderIds: readonly string[];
}

/**
 * Breda's rule: a case is judged by three professionals who were not involved in it (seed article 000).
 * Returns a Dutch reason per reviewer who may not judge it, and whether the panel is complete and distinct.
 */
export function checkPanel(reviewerIds: readonly string[], involvement: CaseInvolvement): { path: string; message: string }[] {
  const involved = new Set([involvement.caseDirectorId, ...involvement.participantUserIds, ...involvement.hoursUserIds, ...involvement.conversationRecorderIds]);
  const issues: { path: string; message: string }[] = [];
  if (reviewerIds.length !== 3) issues.push({ path: "reviewerIds", message: "Een panel bestaat uit drie beoordelaars" });
  if (new Set(reviewerIds).size !== reviewerIds.length) issues.push({ path: "reviewerIds", message: "Kies drie verschillende beoordelaars" });
  reviewerIds.forEach((id, i) => {
    if (involved.has(id)) issues.push({ path: `reviewerIds.${i}`, message: "Deze beoordelaar was betrokken bij de casus" });
  });
  return issues;
}
