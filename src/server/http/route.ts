import type { Context } from "hono";
import type { z } from "zod";
import type { ActiveSession, AuditSink } from "../../domain/accounts/service";
import type { Permission } from "../../domain/access/permissions";
import type { Tx } from "../../db/tenant-context";
import type { AppDeps } from "../deps";

export type Method = "get" | "post" | "patch" | "put" | "delete";

/** Who may call a route: anyone, anyone logged in, or holders of one permission from the matrix. */
export type Access = { readonly kind: "public" } | { readonly kind: "session" } | { readonly kind: "permission"; readonly permission: Permission };

/** What a route records in the audit log after it succeeds (in the same transaction). */
export interface AuditSpec {
  readonly action: "read" | "create" | "update" | "delete" | "export";
  readonly subjectType: string;
  readonly purpose: string;
}

export interface HandlerResult {
  readonly status: 200 | 201 | 204;
  readonly body?: unknown;
}

interface BaseContext<B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  readonly deps: AppDeps;
  readonly c: Context;
}

export interface PublicContext<B, Q, P> extends BaseContext<B, Q, P> {}

export interface SessionContext<B, Q, P> extends BaseContext<B, Q, P> {
  readonly session: ActiveSession;
  readonly tenantId: string;
  /** The request's tenant transaction: commits with the audit entries, or not at all. */
  readonly tx: Tx;
  readonly audit: AuditSink;
  /** Marks a record this request read or changed; the route's AuditSpec is written once per subject. */
  subject(id: string, details?: unknown): void;
}

interface RouteShape<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends z.ZodType | undefined> {
  readonly method: Method;
  /** Path below /api/v1, in Hono syntax (`/users/:id`). */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
  readonly audit?: AuditSpec;
  /** Login is the one state-changing route without a CSRF token (there is no session yet). */
  readonly csrf?: false;
}

type In<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface AnyRoute extends RouteShape<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined> {
  readonly access: Access;
  // biome-ignore lint/suspicious/noExplicitAny: the registry erases the per-route types
  readonly handler: (ctx: any) => Promise<HandlerResult | Response>;
}

export function publicRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, P extends z.ZodType | undefined = undefined>(
  route: RouteShape<B, Q, P> & { handler: (ctx: PublicContext<In<B>, In<Q>, In<P>>) => Promise<HandlerResult | Response> },
): AnyRoute {
  return { ...route, access: { kind: "public" } };
}

export function sessionRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, P extends z.ZodType | undefined = undefined>(
  route: RouteShape<B, Q, P> & {
    permission: Permission | null;
    handler: (ctx: SessionContext<In<B>, In<Q>, In<P>>) => Promise<HandlerResult | Response>;
  },
): AnyRoute {
  const { permission, ...rest } = route;
  return { ...rest, access: permission ? { kind: "permission", permission } : { kind: "session" } };
}

export const ok = (body: unknown): HandlerResult => ({ status: 200, body });
export const created = (body: unknown): HandlerResult => ({ status: 201, body });
export const noContent = (): HandlerResult => ({ status: 204 });
