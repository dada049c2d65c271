import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { teams, tenants } from "./tenancy";

/** The unit of help: "één huishouden, één plan, één regisseur". Belongs to the team that supports it. */
export const households = pgTable(
  "households",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    street: text("street"),
    houseNumber: text("house_number"),
    postcode: text("postcode"),
    city: text("city"),
    teamId: uuid("team_id").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "households_team_fk", columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
  ],
);

/**
 * A member of a household. The BSN is optional and stored only encrypted (AES-256-GCM, see
 * server/crypto/field-cipher.ts); the last four digits are kept apart so a search needs no decryption.
 */
export const persons = pgTable(
  "persons",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    householdId: uuid("household_id").notNull(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    birthDate: date("birth_date", { mode: "string" }),
    relation: text("relation").notNull(),
    bsnEncrypted: text("bsn_encrypted"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "persons_household_fk", columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id] }).onDelete("cascade"),
    index("persons_household_idx").on(t.tenantId, t.householdId),
  ],
);

/** People around the household who can help: family, neighbours, friends, volunteers. */
export const networkMembers = pgTable(
  "network_members",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    householdId: uuid("household_id").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    phone: text("phone"),
    email: text("email"),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "network_members_household_fk", columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id] }).onDelete("cascade"),
  ],
);
