import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { BusinessCaseRepository, CaseFacts } from "../../domain/businesscase/repository";
import type { Db } from "../connection";
import { rowsOf } from "../rls";
import { caseLabels, teams } from "../schema/index";
import type { Tx } from "../tenant-context";
import { createPricesRepository } from "./prices";

/** PGlite answers json columns parsed, node-postgres sometimes as text: read both. */
const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

/** The review that counts for a case: the newest round's consensus and its reviewers' own verdicts. */
const review = (value: unknown) => json<{ consensus: CaseFacts["consensus"]; verdicts: string[] } | null>(value);

export function createBusinessCaseRepository(db: Db | Tx): BusinessCaseRepository {
  const prices = createPricesRepository(db);
  return {
    async closedCaseFacts(tenantId, filter) {
      const team = filter.teamId ? sql`and h.team_id = ${filter.teamId}::uuid` : sql``;
      const approach = filter.approachId
        ? sql`and exists (select 1 from case_label_links l where l.tenant_id = c.tenant_id and l.case_id = c.id and l.label_id = ${filter.approachId}::uuid)`
        : sql``;
      const result = await db.execute(sql`
        select c.id as case_id, h.team_id, c.closing_outcome,
          coalesce((select sum(u.minutes) from case_hours u where u.tenant_id = c.tenant_id and u.case_id = c.id), 0)::bigint as minutes,
          coalesce((select sum(r.amount_cents) from spending_requests r where r.tenant_id = c.tenant_id and r.case_id = c.id and r.status = 'approved'), 0)::bigint as direct_costs,
          coalesce((select json_object_agg(k.kind, k.cents) from (select cl.kind, sum(cl.amount_cents)::bigint as cents from case_cost_lines cl
             where cl.tenant_id = c.tenant_id and cl.case_id = c.id group by cl.kind) k), '{}'::json) as cost_lines,
          coalesce((select json_agg(l.label_id) from case_label_links l where l.tenant_id = c.tenant_id and l.case_id = c.id), '[]'::json) as label_ids,
          (select json_build_object('consensus', i.consensus, 'verdicts',
               (select coalesce(json_agg(v.verdict order by v.reviewer_id), '[]'::json) from review_verdicts v
                  where v.tenant_id = i.tenant_id and v.round_id = i.round_id and v.case_id = i.case_id and v.submitted_at is not null))
             from review_items i join review_rounds rr on rr.tenant_id = i.tenant_id and rr.id = i.round_id
             where i.tenant_id = c.tenant_id and i.case_id = c.id and i.consensus is not null
             order by rr.created_at desc limit 1) as review
        from cases c join households h on h.tenant_id = c.tenant_id and h.id = c.household_id
        where c.tenant_id = ${tenantId} and c.status = 'afgesloten' and c.closed_on between ${filter.closedFrom} and ${filter.closedTo} ${team} ${approach}
        order by c.id`);
      return rowsOf<Record<string, unknown>>(result).map(
        (row): CaseFacts => ({
          caseId: String(row.case_id),
          teamId: String(row.team_id),
          minutes: Number(row.minutes),
          budgetCents: Number(row.direct_costs),
          costLinesCents: Object.fromEntries(Object.entries(json<Record<string, unknown>>(row.cost_lines)).map(([kind, cents]) => [kind, Number(cents)])),
          labelIds: json<string[]>(row.label_ids),
          closingOutcome: (row.closing_outcome as string | null) ?? null,
          consensus: review(row.review)?.consensus ?? null,
          panelVerdicts: review(row.review)?.verdicts ?? [],
        }),
      );
    },
    async prices(tenantId) {
      return (await prices.list(tenantId)).map((p) => ({ id: p.id, code: p.code, priceCents: p.priceCents, priceYear: p.priceYear, payer: p.payer }));
    },
    async filterChoices(tenantId) {
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl");
      const teamRows = (await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.tenantId, tenantId))).sort(byName);
      const approaches = await db
        .select({ id: caseLabels.id, label: caseLabels.label, active: caseLabels.active })
        .from(caseLabels)
        .where(and(eq(caseLabels.tenantId, tenantId), eq(caseLabels.kind, "approach")));
      return { teams: teamRows, approaches: approaches.sort((a, b) => a.label.localeCompare(b.label, "nl")) };
    },
    async factors(tenantId) {
      const rows = await db
        .select({ id: caseLabels.id, kind: caseLabels.kind, label: caseLabels.label, active: caseLabels.active })
        .from(caseLabels)
        .where(and(eq(caseLabels.tenantId, tenantId), inArray(caseLabels.kind, ["success_factor", "failure_factor"])))
        .orderBy(asc(caseLabels.kind));
      return (rows as { id: string; kind: "success_factor" | "failure_factor"; label: string; active: boolean }[]).sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "nl"));
    },
    async indexSeries(tenantId) {
      return (await prices.indexSeries(tenantId)).map((p) => ({ year: p.year, value: p.value }));
    },
  };
}
