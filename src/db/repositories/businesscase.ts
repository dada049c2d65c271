import { sql } from "drizzle-orm";
import type { BusinessCaseRepository, CaseFacts } from "../../domain/businesscase/repository";
import type { Db } from "../connection";
import { rowsOf } from "../rls";
import type { Tx } from "../tenant-context";
import { createPricesRepository } from "./prices";

export function createBusinessCaseRepository(db: Db | Tx): BusinessCaseRepository {
  const prices = createPricesRepository(db);
  return {
    async closedCaseFacts(tenantId, filter) {
      const team = filter.teamId ? sql`and h.team_id = ${filter.teamId}::uuid` : sql``;
      const result = await db.execute(sql`
        select c.id as case_id, c.closing_outcome,
          coalesce((select sum(u.minutes) from case_hours u where u.tenant_id = c.tenant_id and u.case_id = c.id), 0)::bigint as minutes,
          coalesce((select sum(r.amount_cents) from spending_requests r where r.tenant_id = c.tenant_id and r.case_id = c.id and r.status = 'approved'), 0)::bigint as direct_costs,
          (select i.consensus from review_items i join review_rounds rr on rr.tenant_id = i.tenant_id and rr.id = i.round_id
             where i.tenant_id = c.tenant_id and i.case_id = c.id and i.consensus is not null
             order by rr.created_at desc limit 1) as consensus
        from cases c join households h on h.tenant_id = c.tenant_id and h.id = c.household_id
        where c.tenant_id = ${tenantId} and c.status = 'afgesloten' and c.closed_on between ${filter.closedFrom} and ${filter.closedTo} ${team}
        order by c.id`);
      return rowsOf<Record<string, unknown>>(result).map(
        (row): CaseFacts => ({
          caseId: String(row.case_id),
          minutes: Number(row.minutes),
          directCostsCents: Number(row.direct_costs),
          closingOutcome: (row.closing_outcome as string | null) ?? null,
          consensus: (typeof row.consensus === "string" ? JSON.parse(row.consensus) : row.consensus) as CaseFacts["consensus"],
        }),
      );
    },
    async prices(tenantId) {
      return (await prices.list(tenantId)).map((p) => ({ id: p.id, code: p.code, priceCents: p.priceCents, priceYear: p.priceYear, payer: p.payer }));
    },
    async indexSeries(tenantId) {
      return (await prices.indexSeries(tenantId)).map((p) => ({ year: p.year, value: p.value }));
    },
  };
}
