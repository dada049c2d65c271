import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { HouseholdsRepository, HouseholdRecord, PersonRecord } from "../../domain/households/repository";
import type { NetworkMember } from "../../domain/households/dto";
import type { Db } from "../connection";
import { households, networkMembers, persons, teams } from "../schema/index";
import type { Tx } from "../tenant-context";

// Column references are written out qualified: inside a subquery drizzle renders them unqualified.
const memberCount = sql<number>`(select count(*)::int from persons p where p.tenant_id = "households"."tenant_id" and p.household_id = "households"."id")`;

export function createHouseholdsRepository(db: Db | Tx): HouseholdsRepository {
  const columns = {
    id: households.id,
    name: households.name,
    street: households.street,
    houseNumber: households.houseNumber,
    postcode: households.postcode,
    city: households.city,
    teamId: households.teamId,
    version: households.version,
    memberCount,
  };
  const find = async (tenantId: string, id: string): Promise<HouseholdRecord | null> => {
    const [row] = await db.select(columns).from(households).where(and(eq(households.tenantId, tenantId), eq(households.id, id)));
    return row ?? null;
  };
  return {
    async search(tenantId, { q, limit, teamIds }) {
      if (teamIds && teamIds.length === 0) return [];
      const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const matches = q
        ? or(
            ilike(households.name, pattern),
            ilike(households.street, pattern),
            ilike(households.postcode, pattern),
            sql`exists (select 1 from persons p where p.tenant_id = "households"."tenant_id" and p.household_id = "households"."id"
              and (p.given_name || ' ' || p.family_name) ilike ${pattern})`,
          )
        : undefined;
      return db
        .select({ id: households.id, name: households.name, city: households.city, teamId: households.teamId, memberCount, version: households.version })
        .from(households)
        .where(and(eq(households.tenantId, tenantId), teamIds ? inArray(households.teamId, teamIds) : undefined, matches))
        .orderBy(asc(households.name))
        .limit(limit);
    },
    find,
    async insert(tenantId, input) {
      const [row] = await db
        .insert(households)
        .values({ tenantId, name: input.name, street: input.street ?? null, houseNumber: input.houseNumber ?? null, postcode: input.postcode ?? null, city: input.city ?? null, teamId: input.teamId })
        .returning({ id: households.id });
      return (await find(tenantId, row!.id))!;
    },
    async update(tenantId, id, expectedVersion, changes) {
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [row] = await db
        .update(households)
        .set({ ...values, version: sql`${households.version} + 1`, updatedAt: new Date() })
        .where(and(eq(households.tenantId, tenantId), eq(households.id, id), eq(households.version, expectedVersion)))
        .returning({ id: households.id });
      return row ? find(tenantId, id) : null;
    },
    async members(tenantId, householdId) {
      const rows = await db
        .select()
        .from(persons)
        .where(and(eq(persons.tenantId, tenantId), eq(persons.householdId, householdId)))
        .orderBy(asc(persons.createdAt));
      return rows.map((row): PersonRecord => ({
        id: row.id,
        givenName: row.givenName,
        familyName: row.familyName,
        birthDate: row.birthDate,
        relation: row.relation as PersonRecord["relation"],
        bsnEncrypted: row.bsnEncrypted,
        version: row.version,
      }));
    },
    async insertPerson(tenantId, householdId, person) {
      const [row] = await db.insert(persons).values({ tenantId, householdId, ...person }).returning({ id: persons.id, version: persons.version });
      return { ...person, id: row!.id, version: row!.version };
    },
    async network(tenantId, householdId) {
      return (await db
        .select({ id: networkMembers.id, name: networkMembers.name, kind: networkMembers.kind, phone: networkMembers.phone, email: networkMembers.email, note: networkMembers.note })
        .from(networkMembers)
        .where(and(eq(networkMembers.tenantId, tenantId), eq(networkMembers.householdId, householdId)))
        .orderBy(asc(networkMembers.createdAt))) as NetworkMember[];
    },
    async insertNetworkMember(tenantId, householdId, member) {
      const [row] = await db
        .insert(networkMembers)
        .values({ tenantId, householdId, name: member.name, kind: member.kind, phone: member.phone ?? null, email: member.email ?? null, note: member.note ?? null })
        .returning({ id: networkMembers.id });
      return { id: row!.id, name: member.name, kind: member.kind, phone: member.phone ?? null, email: member.email ?? null, note: member.note ?? null };
    },
    async teamExists(tenantId, teamId) {
      const [row] = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, teamId)));
      return Boolean(row);
    },
  };
}
