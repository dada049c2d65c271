import type { Role } from "../access/roles";
import type { Organisation, Team, TenantSummary } from "./dto";

export interface UserRecord {
  readonly tenantId: string;
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly roles: readonly Role[];
  readonly teamIds: readonly string[];
  readonly active: boolean;
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
  readonly version: number;
}

export interface SessionRecord {
  readonly tenantId: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly roles: readonly Role[];
  readonly teamIds: readonly string[];
}

export interface UserChanges {
  readonly displayName?: string;
  readonly email?: string;
  readonly roles?: readonly Role[];
  readonly teamIds?: readonly string[];
  readonly active?: boolean;
  readonly passwordHash?: string;
  readonly failedLogins?: number;
  readonly lockedUntil?: Date | null;
}

/** Tenant-scoped queries; implementations run inside a tenant transaction. */
export interface AccountsRepository {
  tenant(tenantId: string): Promise<TenantSummary | null>;
  findUser(tenantId: string, userId: string): Promise<UserRecord | null>;
  findUserByUsername(tenantId: string, username: string): Promise<UserRecord | null>;
  listUsers(tenantId: string): Promise<UserRecord[]>;
  insertUser(tenantId: string, user: NewUser): Promise<UserRecord>;
  /** Applies the changes when `expectedVersion` matches (pass null to skip the check); null when it does not. */
  updateUser(tenantId: string, userId: string, expectedVersion: number | null, changes: UserChanges): Promise<UserRecord | null>;

  listOrganisations(tenantId: string): Promise<Organisation[]>;
  insertOrganisation(tenantId: string, name: string): Promise<Organisation>;
  updateOrganisation(tenantId: string, id: string, expectedVersion: number, name: string): Promise<Organisation | null>;
  findOrganisation(tenantId: string, id: string): Promise<Organisation | null>;

  listTeams(tenantId: string): Promise<Team[]>;
  insertTeam(tenantId: string, organisationId: string, name: string): Promise<Team>;
  updateTeam(tenantId: string, id: string, expectedVersion: number, name: string): Promise<Team | null>;
  findTeam(tenantId: string, id: string): Promise<Team | null>;

  insertSession(session: SessionRecord): Promise<void>;
  findSession(tenantId: string, tokenHash: string): Promise<SessionRecord | null>;
  touchSession(tenantId: string, tokenHash: string, at: Date): Promise<void>;
  deleteSession(tenantId: string, tokenHash: string): Promise<void>;
  deleteSessionsOfUser(tenantId: string, userId: string): Promise<void>;
}

/** Cross-tenant look-ups, only for login (run in a system transaction). */
export interface LoginDirectory {
  usersNamed(username: string): Promise<{ tenantId: string; tenantSlug: string; userId: string }[]>;
}

/** Password hashing lives at the edge (argon2id); the domain only needs these two verbs. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
