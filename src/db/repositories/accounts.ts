import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Organisation, Team, TenantSummary } from "../../domain/accounts/dto";
import type { AccountsRepository, NewUser, SessionRecord, UserChanges, UserRecord } from "../../domain/accounts/repository";
import type { Role } from "../../domain/access/roles";
import type { Db } from "../connection";
import { organisations, sessions, teams, tenants, userTeams, users } from "../schema/index";
import type { Tx } from "../tenant-context";

type Conn = Db | Tx;
type UserRow = typeof users.$inferSelect;

export function createAccountsRepository(db: Conn): AccountsRepository {
  const teamIdsOf = async (tenantId: string, userIds: string[]): Promise<Map<string, string[]>> => {
    const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return map;
    const rows = await db.select().from(userTeams).where(eq(userTeams.tenantId, tenantId));
    for (const row of rows) map.get(row.userId)?.push(row.teamId);
    return map;
  };
  const toRecord = (row: UserRow, teamIds: string[]): UserRecord => ({
    tenantId: row.tenantId,
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    passwordHash: row.passwordHash,
    roles: row.roles as Role[],
    teamIds,
    active: row.active,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil,
    version: row.version,
  });
  const withTeams = async (tenantId: string, rows: UserRow[]): Promise<UserRecord[]> => {
    const map = await teamIdsOf(
      tenantId,
      rows.map((r) => r.id),
    );
    return rows.map((row) => toRecord(row, map.get(row.id) ?? []));
  };
  const one = async (tenantId: string, rows: UserRow[]): Promise<UserRecord | null> =>
    rows[0] ? ((await withTeams(tenantId, rows))[0] ?? null) : null;
  const setTeams = async (tenantId: string, userId: string, teamIds: readonly string[]) => {
    await db.delete(userTeams).where(and(eq(userTeams.tenantId, tenantId), eq(userTeams.userId, userId)));
    if (teamIds.length > 0) await db.insert(userTeams).values(teamIds.map((teamId) => ({ tenantId, userId, teamId })));
  };
  const teamSelect = (tenantId: string) =>
    db
      .select({
        id: teams.id,
        name: teams.name,
        organisationId: teams.organisationId,
        organisationName: organisations.name,
        version: teams.version,
        memberCount: sql<number>`(select count(*)::int from user_teams ut where ut.tenant_id = "teams"."tenant_id" and ut.team_id = "teams"."id")`,
      })
      .from(teams)
      .innerJoin(organisations, and(eq(organisations.tenantId, teams.tenantId), eq(organisations.id, teams.organisationId)))
      .where(eq(teams.tenantId, tenantId));

  return {
    async tenant(tenantId) {
      const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
      return row ? ({ id: row.id, name: row.name, slug: row.slug, kind: row.kind } satisfies TenantSummary) : null;
    },
    async findUser(tenantId, userId) {
      return one(tenantId, await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId))));
    },
    async findUserByUsername(tenantId, username) {
      return one(
        tenantId,
        await db
          .select()
          .from(users)
          .where(and(eq(users.tenantId, tenantId), sql`lower(${users.username}) = ${username.toLowerCase()}`)),
      );
    },
    async listUsers(tenantId) {
      return withTeams(tenantId, await db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.displayName)));
    },
    async insertUser(tenantId, user: NewUser) {
      const [row] = await db
        .insert(users)
        .values({
          tenantId,
          username: user.username,
          displayName: user.displayName,
          email: user.email,
          passwordHash: user.passwordHash,
          roles: [...user.roles],
        })
        .returning();
      await setTeams(tenantId, row!.id, user.teamIds);
      return toRecord(row!, [...user.teamIds]);
    },
    async updateUser(tenantId, userId, expectedVersion, changes: UserChanges) {
      const { teamIds, roles, ...rest } = changes;
      const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const versioned = expectedVersion !== null;
      const where = versioned
        ? and(eq(users.tenantId, tenantId), eq(users.id, userId), eq(users.version, expectedVersion))
        : and(eq(users.tenantId, tenantId), eq(users.id, userId));
      const [row] = await db
        .update(users)
        .set({
          ...values,
          ...(roles ? { roles: [...roles] } : {}),
          ...(versioned ? { version: sql`${users.version} + 1`, updatedAt: new Date() } : {}),
        })
        .where(where)
        .returning();
      if (!row) return null;
      if (teamIds) await setTeams(tenantId, userId, teamIds);
      return one(tenantId, [row]);
    },

    async listOrganisations(tenantId) {
      return db
        .select({ id: organisations.id, name: organisations.name, version: organisations.version })
        .from(organisations)
        .where(eq(organisations.tenantId, tenantId))
        .orderBy(asc(organisations.name));
    },
    async findOrganisation(tenantId, id) {
      const [row] = await db
        .select({ id: organisations.id, name: organisations.name, version: organisations.version })
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
      return row ?? null;
    },
    async insertOrganisation(tenantId, name) {
      const [row] = await db
        .insert(organisations)
        .values({ tenantId, name })
        .returning({ id: organisations.id, name: organisations.name, version: organisations.version });
      return row as Organisation;
    },
    async updateOrganisation(tenantId, id, expectedVersion, name) {
      const [row] = await db
        .update(organisations)
        .set({ name, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
        .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id), eq(organisations.version, expectedVersion)))
        .returning({ id: organisations.id, name: organisations.name, version: organisations.version });
      return row ?? null;
    },

    async listTeams(tenantId) {
      return (await teamSelect(tenantId).orderBy(asc(teams.name))) as Team[];
    },
    async findTeam(tenantId, id) {
      const [row] = await db
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
      if (!row) return null;
      return ((await teamSelect(tenantId)) as Team[]).find((team) => team.id === id) ?? null;
    },
    async insertTeam(tenantId, organisationId, name) {
      const [row] = await db.insert(teams).values({ tenantId, organisationId, name }).returning({ id: teams.id });
      return (await this.findTeam(tenantId, row!.id))!;
    },
    async updateTeam(tenantId, id, expectedVersion, name) {
      const [row] = await db
        .update(teams)
        .set({ name, version: sql`${teams.version} + 1`, updatedAt: new Date() })
        .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id), eq(teams.version, expectedVersion)))
        .returning({ id: teams.id });
      return row ? this.findTeam(tenantId, id) : null;
    },

    async insertSession(session) {
      await db.insert(sessions).values({ ...session });
    },
    async findSession(tenantId, tokenHash): Promise<SessionRecord | null> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
      return row ?? null;
    },
    async touchSession(tenantId, tokenHash, at) {
      await db
        .update(sessions)
        .set({ lastSeenAt: at })
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
    },
    async deleteSession(tenantId, tokenHash) {
      await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
    },
    async deleteSessionsOfUser(tenantId, userId) {
      await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
    },
  };
}

/** Number of tenants; used to decide whether the demo must be seeded. */
export async function countTenants(db: Conn): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tenants);
  return row?.n ?? 0;
}
