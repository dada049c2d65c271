import { z } from "zod";
import { createAccountsRepository } from "../../db/repositories/accounts";
import { createUserSchema, setPasswordSchema, updateUserSchema, userSchema } from "../../domain/accounts/dto";
import { type AccountsDeps, colleagues, createUser, listUsers, setPassword, unlockUser, updateUser } from "../../domain/accounts/service";
import type { Tx } from "../../db/tenant-context";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Gebruikers";
const purpose = "gebruikersbeheer";
const idParams = z.object({ id: z.uuid() });
export const accountsDeps = (deps: AppDeps, tx: Tx): AccountsDeps => ({ accounts: createAccountsRepository(tx), passwords: deps.passwords, now: deps.now });

export const userRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/colleagues",
    tag,
    summary: "Colleagues who can direct a case: active case workers sharing a team with me (names only)",
    permission: "cases:use",
    responses: { 200: { description: "Colleagues", schema: z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string(), teamIds: z.array(z.uuid()) })) }) } },
    async handler({ deps, tx, tenantId, session }) {
      return ok({ items: await colleagues(accountsDeps(deps, tx), tenantId, session.me) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/users",
    tag,
    summary: "All users of the tenant",
    permission: "accounts:manage",
    audit: { action: "read", subjectType: "user", purpose },
    responses: { 200: { description: "Users", schema: z.object({ items: z.array(userSchema) }) } },
    async handler({ deps, tx, tenantId, subject }) {
      const items = await listUsers(accountsDeps(deps, tx), tenantId);
      subject("*", { count: items.length });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/users",
    tag,
    summary: "Create a user",
    permission: "accounts:manage",
    body: createUserSchema,
    audit: { action: "create", subjectType: "user", purpose },
    responses: { 201: { description: "Created", schema: userSchema }, 409: { description: "Username taken" } },
    async handler({ deps, tx, tenantId, body, subject }) {
      const user = await createUser(accountsDeps(deps, tx), tenantId, body);
      subject(user.id, { roles: user.roles });
      return created(user);
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/users/:id",
    tag,
    summary: "Change a user (optimistic concurrency: send the version you read)",
    permission: "accounts:manage",
    params: idParams,
    body: updateUserSchema,
    audit: { action: "update", subjectType: "user", purpose },
    responses: { 200: { description: "Updated", schema: userSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, params, body, session, subject }) {
      const user = await updateUser(accountsDeps(deps, tx), tenantId, session.me.id, params.id, body);
      subject(user.id, { fields: Object.keys(body).filter((key) => key !== "version") });
      return ok(user);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/users/:id/password",
    tag,
    summary: "Set a new password for a user; ends their sessions",
    permission: "accounts:manage",
    params: idParams,
    body: setPasswordSchema,
    audit: { action: "update", subjectType: "user", purpose },
    responses: { 204: { description: "Password set" } },
    async handler({ deps, tx, tenantId, params, body, subject }) {
      await setPassword(accountsDeps(deps, tx), tenantId, params.id, body.password);
      subject(params.id, { fields: ["password"] });
      return noContent();
    },
  }),
  sessionRoute({
    method: "post",
    path: "/users/:id/unlock",
    tag,
    summary: "Lift a temporary lock after wrong passwords",
    permission: "accounts:manage",
    params: idParams,
    audit: { action: "update", subjectType: "user", purpose },
    responses: { 200: { description: "Unlocked", schema: userSchema } },
    async handler({ deps, tx, tenantId, params, subject }) {
      const user = await unlockUser(accountsDeps(deps, tx), tenantId, params.id);
      subject(user.id, { fields: ["lockedUntil"] });
      return ok(user);
    },
  }),
];
