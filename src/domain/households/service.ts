import type { Me } from "../accounts/dto";
import { roleHasPermission } from "../access/permissions";
import { invalidField, notFound, versionConflict } from "../errors";
import { canSeeHousehold, visibleTeamIds } from "./access";
import type { CreateHousehold, CreateNetworkMember, CreatePerson, Household, HouseholdSummary, NetworkMember, Person, UpdateHousehold } from "./dto";
import type { FieldCipher, HouseholdsRepository, PersonRecord } from "./repository";

export interface HouseholdsDeps {
  readonly households: HouseholdsRepository;
  readonly cipher: FieldCipher;
}

const mayViewBsn = (me: Me) => me.roles.some((role) => roleHasPermission(role, "bsn:view"));


function toPerson(deps: HouseholdsDeps, me: Me, record: PersonRecord): Person {
  return {
    id: record.id,
    givenName: record.givenName,
    familyName: record.familyName,
    birthDate: record.birthDate,
    relation: record.relation,
    hasBsn: record.bsnEncrypted !== null,
    bsn: record.bsnEncrypted !== null && mayViewBsn(me) ? deps.cipher.decrypt(record.bsnEncrypted) : null,
    version: record.version,
  };
}

async function visibleHousehold(deps: HouseholdsDeps, tenantId: string, me: Me, id: string) {
  const household = await deps.households.find(tenantId, id);
  if (!household || !canSeeHousehold(me, household)) throw notFound("Dit huishouden");
  return household;
}

async function checkTeam(deps: HouseholdsDeps, tenantId: string, me: Me, teamId: string | undefined) {
  if (!teamId) return;
  if (!(await deps.households.teamExists(tenantId, teamId))) throw invalidField("teamId", "Dit team bestaat niet");
  if (!canSeeHousehold(me, { teamId })) throw invalidField("teamId", "Kies een van uw eigen teams");
}

export const searchHouseholds = (deps: HouseholdsDeps, tenantId: string, me: Me, query: { q: string; limit: number }): Promise<HouseholdSummary[]> =>
  deps.households.search(tenantId, { ...query, teamIds: visibleTeamIds(me) });

export async function getHousehold(deps: HouseholdsDeps, tenantId: string, me: Me, id: string): Promise<Household> {
  const household = await visibleHousehold(deps, tenantId, me, id);
  const members = await deps.households.members(tenantId, id);
  return { ...household, members: members.map((m) => toPerson(deps, me, m)), network: await deps.households.network(tenantId, id) };
}

export async function createHousehold(deps: HouseholdsDeps, tenantId: string, me: Me, input: CreateHousehold): Promise<Household> {
  await checkTeam(deps, tenantId, me, input.teamId);
  const household = await deps.households.insert(tenantId, input);
  return { ...household, members: [], network: [] };
}

export async function updateHousehold(deps: HouseholdsDeps, tenantId: string, me: Me, id: string, input: UpdateHousehold): Promise<Household> {
  await visibleHousehold(deps, tenantId, me, id);
  await checkTeam(deps, tenantId, me, input.teamId);
  const { version, ...changes } = input;
  if (!(await deps.households.update(tenantId, id, version, changes))) throw versionConflict();
  return getHousehold(deps, tenantId, me, id);
}

/** Adds a member; a BSN is accepted only from roles that may see it, and stored encrypted. */
export async function addPerson(deps: HouseholdsDeps, tenantId: string, me: Me, householdId: string, input: CreatePerson): Promise<Person> {
  await visibleHousehold(deps, tenantId, me, householdId);
  if (input.bsn && !mayViewBsn(me)) throw invalidField("bsn", "Uw rol mag geen BSN vastleggen");
  const record = await deps.households.insertPerson(tenantId, householdId, {
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: input.birthDate ?? null,
    relation: input.relation,
    bsnEncrypted: input.bsn ? deps.cipher.encrypt(input.bsn) : null,
  });
  return toPerson(deps, me, record);
}

export async function addNetworkMember(deps: HouseholdsDeps, tenantId: string, me: Me, householdId: string, input: CreateNetworkMember): Promise<NetworkMember> {
  await visibleHousehold(deps, tenantId, me, householdId);
  return deps.households.insertNetworkMember(tenantId, householdId, input);
}
