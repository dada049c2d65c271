import { z } from "zod";
import { createHouseholdsRepository } from "../../db/repositories/households";
import type { Tx } from "../../db/tenant-context";
import {
  createHouseholdSchema,
  createNetworkMemberSchema,
  createPersonSchema,
  householdSchema,
  householdSearchSchema,
  householdSummarySchema,
  networkMemberSchema,
  personSchema,
  updateHouseholdSchema,
} from "../../domain/households/dto";
import {
  type HouseholdsDeps,
  addNetworkMember,
  addPerson,
  createHousehold,
  getHousehold,
  searchHouseholds,
  updateHousehold,
} from "../../domain/households/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Huishoudens";
const purpose = "ondersteuning van het huishouden";
const idParams = z.object({ id: z.uuid() });
const householdsDeps = (deps: AppDeps, tx: Tx): HouseholdsDeps => ({ households: createHouseholdsRepository(tx), cipher: deps.cipher });

export const householdRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/households",
    tag,
    summary: "Find households by name, street, postcode or member name (own teams only for social workers)",
    permission: "cases:use",
    query: householdSearchSchema,
    audit: { action: "read", subjectType: "household", purpose },
    responses: { 200: { description: "Households", schema: z.object({ items: z.array(householdSummarySchema) }) } },
    async handler({ deps, tx, tenantId, session, query, subject }) {
      const items = await searchHouseholds(householdsDeps(deps, tx), tenantId, session.me, query);
      if (items.length > 0) subject("*", { ids: items.map((h) => h.id), query: query.q ? "zoekterm" : "alle" });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/households",
    tag,
    summary: "Register a household for one of the own teams",
    permission: "cases:use",
    body: createHouseholdSchema,
    audit: { action: "create", subjectType: "household", purpose },
    responses: { 201: { description: "Created", schema: householdSchema } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const household = await createHousehold(householdsDeps(deps, tx), tenantId, session.me, body);
      subject(household.id);
      return created(household);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/households/:id",
    tag,
    summary: "A household with its members and network",
    permission: "cases:use",
    params: idParams,
    audit: { action: "read", subjectType: "household", purpose },
    responses: { 200: { description: "Household", schema: householdSchema }, 404: { description: "Not found or no access" } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const household = await getHousehold(householdsDeps(deps, tx), tenantId, session.me, params.id);
      subject(household.id, { bsnShown: household.members.some((m) => m.bsn !== null) });
      return ok(household);
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/households/:id",
    tag,
    summary: "Change a household's name, address or team (send the version you read)",
    permission: "cases:use",
    params: idParams,
    body: updateHouseholdSchema,
    audit: { action: "update", subjectType: "household", purpose },
    responses: { 200: { description: "Updated", schema: householdSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const household = await updateHousehold(householdsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(household.id, { fields: Object.keys(body).filter((k) => k !== "version") });
      return ok(household);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/households/:id/members",
    tag,
    summary: "Add a member (BSN optional, stored encrypted, only by roles that may see it)",
    permission: "cases:use",
    params: idParams,
    body: createPersonSchema,
    audit: { action: "create", subjectType: "person", purpose },
    responses: { 201: { description: "Added", schema: personSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const person = await addPerson(householdsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(person.id, { householdId: params.id, bsnStored: person.hasBsn });
      return created(person);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/households/:id/network",
    tag,
    summary: "Add a network member (family, neighbour, friend, volunteer)",
    permission: "cases:use",
    params: idParams,
    body: createNetworkMemberSchema,
    audit: { action: "create", subjectType: "network_member", purpose },
    responses: { 201: { description: "Added", schema: networkMemberSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const member = await addNetworkMember(householdsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(member.id, { householdId: params.id });
      return created(member);
    },
  }),
];
