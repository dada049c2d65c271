import { z } from "zod";
import { createOrganisationSchema, createTeamSchema, organisationSchema, teamSchema, updateOrganisationSchema, updateTeamSchema } from "../../domain/accounts/dto";
import { createOrganisation, createTeam, renameOrganisation, renameTeam } from "../../domain/accounts/service";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";
import { accountsDeps } from "./users";

const idParams = z.object({ id: z.uuid() });

/** Organisations and teams carry no personal data, so these routes write no audit entries. */
export const organisationRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/organisations",
    tag: "Organisaties",
    summary: "Organisations of the tenant",
    permission: "accounts:manage",
    responses: { 200: { description: "Organisations", schema: z.object({ items: z.array(organisationSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await accountsDeps(deps, tx).accounts.listOrganisations(tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/organisations",
    tag: "Organisaties",
    summary: "Create an organisation",
    permission: "accounts:manage",
    body: createOrganisationSchema,
    responses: { 201: { description: "Created", schema: organisationSchema } },
    async handler({ deps, tx, tenantId, body }) {
      return created(await createOrganisation(accountsDeps(deps, tx), tenantId, body.name));
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/organisations/:id",
    tag: "Organisaties",
    summary: "Rename an organisation",
    permission: "accounts:manage",
    params: idParams,
    body: updateOrganisationSchema,
    responses: { 200: { description: "Updated", schema: organisationSchema } },
    async handler({ deps, tx, tenantId, params, body }) {
      return ok(await renameOrganisation(accountsDeps(deps, tx), tenantId, params.id, body.version, body.name));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/teams",
    tag: "Teams",
    summary: "Teams of the tenant",
    permission: "accounts:manage",
    responses: { 200: { description: "Teams", schema: z.object({ items: z.array(teamSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await accountsDeps(deps, tx).accounts.listTeams(tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/teams",
    tag: "Teams",
    summary: "Create a team in an organisation",
    permission: "accounts:manage",
    body: createTeamSchema,
    responses: { 201: { description: "Created", schema: teamSchema } },
    async handler({ deps, tx, tenantId, body }) {
      return created(await createTeam(accountsDeps(deps, tx), tenantId, body.organisationId, body.name));
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/teams/:id",
    tag: "Teams",
    summary: "Rename a team",
    permission: "accounts:manage",
    params: idParams,
    body: updateTeamSchema,
    responses: { 200: { description: "Updated", schema: teamSchema } },
    async handler({ deps, tx, tenantId, params, body }) {
      return ok(await renameTeam(accountsDeps(deps, tx), tenantId, params.id, body.version, body.name));
    },
  }),
];
