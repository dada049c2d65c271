import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { CaseFile, CaseSummary } from "../../domain/cases/dto";
import type { CasesRepository } from "../../domain/cases/repository";
import type { Db } from "../connection";
import { dutchToday } from "../../domain/calendar";
import { caseHours, caseParticipants, caseScenarios, caseStatusChanges, cases, contracts, conversations, households, measurements, organisations, planResources, plans, questions, users } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createCasesRepository(db: Db | Tx): CasesRepository {
  const summary = () =>
    db
      .select({
        id: cases.id,
        householdId: cases.householdId,
        householdName: households.name,
        teamId: households.teamId,
        caseDirectorId: cases.caseDirectorId,
        caseDirectorName: users.displayName,
        status: cases.status,
        openedOn: cases.openedOn,
        closedOn: cases.closedOn,
        version: cases.version,
        questionId: cases.questionId,
        providerOrganisationId: cases.providerOrganisationId,
        closingOutcome: cases.closingOutcome,
        satisfaction: cases.satisfaction,
      })
      .from(cases)
      .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
      .innerJoin(users, and(eq(users.tenantId, cases.tenantId), eq(users.id, cases.caseDirectorId)))
      .$dynamic();

  return {
    async list(tenantId, query, teamIds) {
      if (teamIds && teamIds.length === 0) return [];
      const status = query.status === "alle" ? undefined : query.status === "actief" ? ne(cases.status, "afgesloten") : eq(cases.status, query.status);
      const rows = await summary()
        .where(
          and(
            eq(cases.tenantId, tenantId),
            status,
            teamIds ? inArray(households.teamId, teamIds) : undefined,
            query.householdId ? eq(cases.householdId, query.householdId) : undefined,
          ),
        )
        .orderBy(desc(cases.openedOn))
        .limit(query.limit);
      return rows.map(({ questionId: _q, providerOrganisationId: _p, closingOutcome: _c, satisfaction: _s, ...row }) => row as CaseSummary);
    },
    async find(tenantId, id) {
      const [row] = await summary().where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)));
      if (!row) return null;
      type CaseChild = typeof caseStatusChanges | typeof caseParticipants | typeof conversations | typeof caseHours;
      const byCase = (table: CaseChild) => and(eq(table.tenantId, tenantId), eq(table.caseId, id));
      const history = await db
        .select({ status: caseStatusChanges.status, changedOn: caseStatusChanges.changedOn })
        .from(caseStatusChanges)
        .where(byCase(caseStatusChanges))
        .orderBy(asc(caseStatusChanges.changedOn), asc(caseStatusChanges.createdAt));
      const participants = await db
        .select({ id: caseParticipants.id, role: caseParticipants.role, name: caseParticipants.name, userId: caseParticipants.userId })
        .from(caseParticipants)
        .where(byCase(caseParticipants));
      const talks = await db
        .select({ id: conversations.id, heldOn: conversations.heldOn, kind: conversations.kind, participants: conversations.participants, notes: conversations.notes })
        .from(conversations)
        .where(byCase(conversations))
        .orderBy(asc(conversations.heldOn), asc(conversations.createdAt));
      const hours = await db
        .select({ id: caseHours.id, workedOn: caseHours.workedOn, userId: caseHours.userId, userName: users.displayName, activity: caseHours.activity, minutes: caseHours.minutes })
        .from(caseHours)
        .innerJoin(users, and(eq(users.tenantId, caseHours.tenantId), eq(users.id, caseHours.userId)))
        .where(byCase(caseHours))
        .orderBy(asc(caseHours.workedOn), asc(caseHours.createdAt));
      return {
        ...row,
        statusHistory: history,
        participants,
        conversations: talks,
        hours,
        totalMinutes: hours.reduce((sum, h) => sum + h.minutes, 0),
      } as CaseFile;
    },
    async insert(tenantId, input, createdBy) {
      const [existing] = await db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.tenantId, tenantId), eq(cases.householdId, input.householdId), ne(cases.status, "afgesloten")));
      if (existing) return null;
      const [row] = await db
        .insert(cases)
        .values({ tenantId, householdId: input.householdId, caseDirectorId: input.caseDirectorId, questionId: input.questionId ?? null, providerOrganisationId: input.providerOrganisationId ?? null, openedOn: input.openedOn })
        .onConflictDoNothing()
        .returning({ id: cases.id });
      if (!row) return null;
      await db.insert(caseStatusChanges).values({ tenantId, caseId: row.id, status: "open", changedOn: input.openedOn, changedBy: createdBy });
      return row.id;
    },
    async changeStatus(tenantId, id, expectedVersion, changes, on, by) {
      const [row] = await db
        .update(cases)
        .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: new Date() })
        .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id), eq(cases.version, expectedVersion)))
        .returning({ id: cases.id });
      if (!row) return false;
      await db.insert(caseStatusChanges).values({ tenantId, caseId: id, status: changes.status, changedOn: on, changedBy: by });
      return true;
    },
    async addParticipant(tenantId, caseId, input) {
      const [row] = await db
        .insert(caseParticipants)
        .values({ tenantId, caseId, role: input.role, name: input.name, userId: input.userId ?? null })
        .returning({ id: caseParticipants.id });
      return { id: row!.id, role: input.role, name: input.name, userId: input.userId ?? null };
    },
    async addConversation(tenantId, caseId, input, recordedBy) {
      const [row] = await db
        .insert(conversations)
        .values({ tenantId, caseId, heldOn: input.heldOn, kind: input.kind, participants: input.participants, notes: input.notes ?? null, recordedBy })
        .returning({ id: conversations.id });
      return { id: row!.id, heldOn: input.heldOn, kind: input.kind, participants: input.participants, notes: input.notes ?? null };
    },
    async addHours(tenantId, caseId, entry) {
      const [row] = await db.insert(caseHours).values({ tenantId, caseId, ...entry }).returning({ id: caseHours.id });
      const [user] = await db.select({ name: users.displayName }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, entry.userId)));
      return { id: row!.id, workedOn: entry.workedOn, userId: entry.userId, userName: user?.name ?? "", activity: entry.activity as never, minutes: entry.minutes };
    },
    async casesOfHousehold(tenantId, householdId) {
      const rows = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.householdId, householdId))).orderBy(asc(cases.openedOn));
      return rows.map((r) => r.id);
    },
    async householdTeam(tenantId, householdId) {
      const [row] = await db.select({ teamId: households.teamId }).from(households).where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)));
      return row?.teamId ?? null;
    },
    async changeProvider(tenantId, id, expectedVersion, providerOrganisationId) {
      const [row] = await db
        .update(cases)
        .set({ providerOrganisationId, version: sql`${cases.version} + 1`, updatedAt: new Date() })
        .where(and(eq(cases.tenantId, tenantId), eq(cases.id, id), eq(cases.version, expectedVersion)))
        .returning({ id: cases.id });
      return Boolean(row);
    },
    async contractedProviders(tenantId) {
      return db
        .selectDistinct({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .innerJoin(contracts, and(eq(contracts.tenantId, organisations.tenantId), eq(contracts.organisationId, organisations.id)))
        .where(eq(organisations.tenantId, tenantId))
        .orderBy(asc(organisations.name));
    },
    async organisationExists(tenantId, organisationId) {
      const [row] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, organisationId)));
      return Boolean(row);
    },
    async userActive(tenantId, userId) {
      const [row] = await db.select({ active: users.active }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
      return row?.active === true;
    },
    async questionsOfHousehold(tenantId, householdId) {
      return db
        .select({ id: questions.id, receivedOn: questions.receivedOn, topic: questions.topic })
        .from(questions)
        .innerJoin(cases, and(eq(cases.tenantId, questions.tenantId), eq(cases.questionId, questions.id)))
        .where(and(eq(questions.tenantId, tenantId), eq(cases.householdId, householdId)));
    },
    async workOfCases(tenantId, caseIds) {
      if (caseIds.length === 0) return { plans: [], resources: [], scenarios: [], measurements: [] };
      const ids = [...caseIds];
      // Saved-at instants become the Dutch calendar day, like every "today" in the app.
      const planRows = await db.select({ caseId: plans.caseId, createdAt: plans.createdAt, at: plans.updatedAt }).from(plans).where(and(eq(plans.tenantId, tenantId), inArray(plans.caseId, ids)));
      const resourceRows = await db
        .select({ caseId: planResources.caseId, startsOn: planResources.startsOn, at: planResources.createdAt, kind: planResources.kind, description: planResources.description })
        .from(planResources)
        .where(and(eq(planResources.tenantId, tenantId), inArray(planResources.caseId, ids)))
        .orderBy(asc(planResources.createdAt));
      const scenarioRows = await db.select({ caseId: caseScenarios.caseId, createdAt: caseScenarios.createdAt, at: caseScenarios.updatedAt }).from(caseScenarios).where(and(eq(caseScenarios.tenantId, tenantId), inArray(caseScenarios.caseId, ids)));
      const measurementRows = await db
        .select({ caseId: measurements.caseId, measuredOn: measurements.measuredOn, moment: measurements.moment, instrumentCode: measurements.instrumentCode })
        .from(measurements)
        .where(and(eq(measurements.tenantId, tenantId), inArray(measurements.caseId, ids)))
        .orderBy(asc(measurements.createdAt));
      return {
        plans: planRows.map((row) => ({ caseId: row.caseId, createdOn: dutchToday(row.createdAt), savedOn: dutchToday(row.at) })),
        // A resource that starts on a set day is shown on that day; otherwise on the day it was added.
        resources: resourceRows.map((row) => ({ caseId: row.caseId, on: row.startsOn ?? dutchToday(row.at), kind: row.kind, description: row.description })),
        scenarios: scenarioRows.map((row) => ({ caseId: row.caseId, createdOn: dutchToday(row.createdAt), savedOn: dutchToday(row.at) })),
        measurements: measurementRows,
      };
    },
  };
}
