import type { CreateHousehold, CreateNetworkMember, HouseholdSummary, NetworkMember, RELATIONS } from "./dto";

export interface PersonRecord {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly relation: (typeof RELATIONS)[number];
  readonly bsnEncrypted: string | null;
  readonly version: number;
}

export interface HouseholdRecord extends HouseholdSummary {
  readonly street: string | null;
  readonly houseNumber: string | null;
  readonly postcode: string | null;
}

export interface HouseholdsRepository {
  search(tenantId: string, query: { q: string; limit: number; teamIds: string[] | null }): Promise<HouseholdSummary[]>;
  find(tenantId: string, id: string): Promise<HouseholdRecord | null>;
  insert(tenantId: string, input: CreateHousehold): Promise<HouseholdRecord>;
  update(tenantId: string, id: string, expectedVersion: number, changes: Partial<CreateHousehold>): Promise<HouseholdRecord | null>;
  members(tenantId: string, householdId: string): Promise<PersonRecord[]>;
  insertPerson(tenantId: string, householdId: string, person: Omit<PersonRecord, "id" | "version">): Promise<PersonRecord>;
  network(tenantId: string, householdId: string): Promise<NetworkMember[]>;
  insertNetworkMember(tenantId: string, householdId: string, member: CreateNetworkMember): Promise<NetworkMember>;
  teamExists(tenantId: string, teamId: string): Promise<boolean>;
}

/** Encrypts and decrypts one field; the key lives at the edge (server/crypto). */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(token: string): string;
}
