import { eq, sql } from "drizzle-orm";
import type { LoginDirectory } from "../../domain/accounts/repository";
import { tenants, users } from "../schema/index";
import type { Tx } from "../tenant-context";

/** Finds a username across tenants; must run in a system transaction (see withSystem). */
export function createLoginDirectory(tx: Tx): LoginDirectory {
  return {
    async usersNamed(username) {
      return tx
        .select({ tenantId: users.tenantId, tenantSlug: tenants.slug, userId: users.id })
        .from(users)
        .innerJoin(tenants, eq(tenants.id, users.tenantId))
        .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
    },
  };
}
