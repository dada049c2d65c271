import { z } from "zod";
import { isValidBsn, normaliseBsn } from "./bsn";

export const RELATIONS = ["hoofd", "partner", "kind", "ouder", "overig"] as const;
export const NETWORK_KINDS = ["familie", "buren", "vrienden", "vrijwilliger", "overig"] as const;

const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens`);
const optional = (max: number) =>
  text(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const bsnInputSchema = z
  .string()
  .transform(normaliseBsn)
  .refine(isValidBsn, "Dit is geen geldig BSN (9 cijfers, elfproef)");

export const personSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  relation: z.enum(RELATIONS),
  hasBsn: z.boolean(),
  bsn: z.string().nullable().describe("Only for roles with bsn:view; null otherwise"),
  version: z.number().int(),
});

export const networkMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(NETWORK_KINDS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
});

export const householdSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string().nullable(),
  teamId: z.uuid(),
  memberCount: z.number().int(),
  version: z.number().int(),
});

export const householdSchema = householdSummarySchema.extend({
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  members: z.array(personSchema),
  network: z.array(networkMemberSchema),
});

export const createHouseholdSchema = z.object({
  name: text(200).min(1, "Geef het huishouden een naam"),
  street: optional(200),
  houseNumber: optional(20),
  postcode: optional(7).refine((v) => !v || /^\d{4}\s?[A-Za-z]{2}$/.test(v), "Gebruik een postcode als 1234 AB"),
  city: optional(100),
  teamId: z.uuid("Kies een team"),
});

export const updateHouseholdSchema = createHouseholdSchema.partial().extend({ version: z.number().int().min(1) });

export const createPersonSchema = z.object({
  givenName: text(100).min(1, "Vul de voornaam in"),
  familyName: text(100).min(1, "Vul de achternaam in"),
  birthDate: z.iso.date("Gebruik een datum als jjjj-mm-dd").nullable().optional(),
  relation: z.enum(RELATIONS, "Kies de relatie tot het huishouden"),
  bsn: bsnInputSchema.nullable().optional(),
});

export const createNetworkMemberSchema = z.object({
  name: text(200).min(1, "Vul een naam in"),
  kind: z.enum(NETWORK_KINDS, "Kies wie dit is voor het huishouden"),
  phone: optional(40),
  email: z.email("Vul een geldig e-mailadres in").nullable().optional().or(z.literal("").transform(() => null)),
  note: optional(1000),
});

export const householdSearchSchema = z.object({
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type Person = z.infer<typeof personSchema>;
export type NetworkMember = z.infer<typeof networkMemberSchema>;
export type HouseholdSummary = z.infer<typeof householdSummarySchema>;
export type Household = z.infer<typeof householdSchema>;
export type CreateHousehold = z.infer<typeof createHouseholdSchema>;
export type UpdateHousehold = z.infer<typeof updateHouseholdSchema>;
export type CreatePerson = z.infer<typeof createPersonSchema>;
export type CreateNetworkMember = z.infer<typeof createNetworkMemberSchema>;
