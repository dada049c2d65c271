import { and, asc, eq, sql } from "drizzle-orm";
import type { Contract } from "../../domain/monitor/dto";
import type { MonitorRepository } from "../../domain/monitor/repository";
import type { TrajectoryCostFacts } from "../../domain/monitor/provider-trajectory-costs";
import type { TrajectoryFacts } from "../../domain/monitor/trajectory-kpis";
import { rowsOf } from "../rls";
import type { Db } from "../connection";
import { cases, contractNotes, contracts, measurements, organisations } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createMonitorRepository(db: Db | Tx): MonitorRepository {
  const select = (tenantId: string) =>
    db
      .select({
        id: contracts.id,
        organisationId: contracts.organisationId,
        organisationName: organisations.name,
        name: contracts.name,
        financing: contracts.financing,
        startsOn: contracts.startsOn,
        endsOn: contracts.endsOn,
        amountCents: contracts.amountCents,
        targetStableOrBetter: contracts.targetStableOrBetter,
        targetSatisfaction: contracts.targetSatisfaction,
        targetReach: contracts.targetReach,
        version: contracts.version,
      })
      .from(contracts)
      .innerJoin(organisations, and(eq(organisations.tenantId, contracts.tenantId), eq(organisations.id, contracts.organisationId)))
      .where(eq(contracts.tenantId, tenantId))
      .$dynamic();
  return {
    async contracts(tenantId) {
      return (await select(tenantId).orderBy(asc(contracts.name))) as Contract[];
    },
    async contract(tenantId, id) {
      const [row] = await select(tenantId).where(and(eq(contracts.tenantId, tenantId), eq(contracts.id, id)));
      return (row as Contract | undefined) ?? null;
    },
    async organisationExists(tenantId, id) {
      const [row] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
      return Boolean(row);
    },
    async insertContract(tenantId, input) {
      const [row] = await db.insert(contracts).values({ tenantId, ...input, targetReach: input.targetReach ?? null }).returning({ id: contracts.id });
      return row!.id;
    },
    async updateContract(tenantId, id, { version, ...input }) {
      const rows = await db
        .update(contracts)
        .set({ ...input, targetReach: input.targetReach ?? null, version: sql`${contracts.version} + 1` })
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.id, id), eq(contracts.version, version)))
        .returning({ id: contracts.id });
      return rows.length === 1;
    },
    async providers(tenantId) {
      return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.tenantId, tenantId)).orderBy(asc(organisations.name));
    },
    async trajectoryCostFacts(tenantId, closedFrom, closedTo) {
      const result = await db.execute(sql`
        select c.id, c.provider_organisation_id, c.opened_on::text as opened_on, c.closed_on::text as closed_on, c.satisfaction,
          coalesce((select sum(u.minutes) from case_hours u where u.tenant_id = c.tenant_id and u.case_id = c.id), 0)::bigint as minutes,
          coalesce((select sum(r.amount_cents) from spending_requests r where r.tenant_id = c.tenant_id and r.case_id = c.id and r.status = 'approved'), 0)::bigint as direct_costs
        from cases c
        where c.tenant_id = ${tenantId}
          and ((c.status = 'afgesloten' and c.closed_on between ${closedFrom} and ${closedTo}) or c.provider_organisation_id is not null)
        order by c.opened_on, c.id`);
      return rowsOf<Record<string, unknown>>(result).map(
        (row): TrajectoryCostFacts => ({
          caseId: String(row.id),
          providerId: (row.provider_organisation_id as string | null) ?? null,
          openedOn: String(row.opened_on),
          closedOn: (row.closed_on as string | null) ?? null,
          minutes: Number(row.minutes),
          directCostsCents: Number(row.direct_costs),
          satisfaction: row.satisfaction === null || row.satisfaction === undefined ? null : Number(row.satisfaction),
        }),
      );
    },
    async trajectories(tenantId, organisationId) {
      const rows = await db
        .select({ id: cases.id, openedOn: cases.openedOn, closedOn: cases.closedOn, satisfaction: cases.satisfaction })
        .from(cases)
        .where(and(eq(cases.tenantId, tenantId), eq(cases.providerOrganisationId, organisationId)));
      const facts: TrajectoryFacts[] = [];
      for (const row of rows) {
        const ms = await db
          .select({ moment: measurements.moment, scores: measurements.scores })
          .from(measurements)
          .where(and(eq(measurements.tenantId, tenantId), eq(measurements.caseId, row.id), eq(measurements.instrumentCode, "zrm")))
          .orderBy(asc(measurements.measuredOn));
        const levels = (moment: string) => {
          const m = ms.find((x) => x.moment === moment);
          return m ? Object.fromEntries(m.scores.map((s) => [s.domain, s.level])) : null;
        };
        facts.push({ openedOn: row.openedOn, closedOn: row.closedOn, satisfaction: row.satisfaction, start: levels("start"), afterSixMonths: levels("na_6_maanden") });
      }
      return facts;
    },
    async notes(tenantId, contractId) {
      return db
        .select({ id: contractNotes.id, heldOn: contractNotes.heldOn, text: contractNotes.text })
        .from(contractNotes)
        .where(and(eq(contractNotes.tenantId, tenantId), eq(contractNotes.contractId, contractId)))
        .orderBy(asc(contractNotes.heldOn));
    },
    async insertNote(tenantId, contractId, heldOn, text, by) {
      const [row] = await db.insert(contractNotes).values({ tenantId, contractId, heldOn, text, recordedBy: by }).returning({ id: contractNotes.id });
      return { id: row!.id, heldOn, text };
    },
  };
}
