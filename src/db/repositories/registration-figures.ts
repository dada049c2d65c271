import { sql } from "drizzle-orm";
import type { RegistrationCounts, RegistrationFiguresRepository } from "../../domain/registration-figures/repository";
import type { Db } from "../connection";
import { rowsOf } from "../rls";
import type { Tx } from "../tenant-context";

/** Counts over existing tables (cases, case hours, panel consensus, the budget ledger); no row leaves as itself. */
export function createRegistrationFiguresRepository(db: Db | Tx): RegistrationFiguresRepository {
  return {
    async counts(tenantId, { from, to }): Promise<RegistrationCounts> {
      const result = await db.execute(sql`
        with closed as (
          select c.id from cases c
          where c.tenant_id = ${tenantId} and c.status = 'afgesloten' and c.closed_on between ${from} and ${to}
        ), verdicts as (
          select (select i.consensus->>'verdict' from review_items i join review_rounds rr on rr.tenant_id = i.tenant_id and rr.id = i.round_id
                    where i.tenant_id = ${tenantId} and i.case_id = closed.id and i.consensus is not null
                    order by rr.created_at desc limit 1) as verdict
          from closed
        )
        select
          (select count(*) from cases c where c.tenant_id = ${tenantId} and c.opened_on between ${from} and ${to})::int as cases_opened,
          (select count(*) from closed)::int as cases_closed,
          (select coalesce(sum(u.minutes), 0) from case_hours u where u.tenant_id = ${tenantId} and u.case_id in (select id from closed))::bigint as minutes,
          (select count(*) from verdicts where verdict is not null)::int as judged,
          (select count(*) from verdicts where verdict in ('prevented', 'reduced', 'ended'))::int as with_effect,
          (select count(*) from ledger_entries l where l.tenant_id = ${tenantId} and l.kind = 'spend' and l.booked_on between ${from} and ${to})::int as bookings,
          (select coalesce(-sum(l.amount_cents), 0) from ledger_entries l where l.tenant_id = ${tenantId} and l.kind = 'spend' and l.booked_on between ${from} and ${to})::bigint as spent`);
      const row = rowsOf<Record<string, unknown>>(result)[0] ?? {};
      return {
        casesOpened: Number(row.cases_opened ?? 0),
        casesClosed: Number(row.cases_closed ?? 0),
        closedCaseMinutes: Number(row.minutes ?? 0),
        judged: Number(row.judged ?? 0),
        judgedWithEffect: Number(row.with_effect ?? 0),
        spendBookings: Number(row.bookings ?? 0),
        spentCents: Number(row.spent ?? 0),
      };
    },
  };
}
