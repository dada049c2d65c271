import type { Me } from "../domain/accounts/dto";
import { permissionsOf } from "../domain/access/permissions";
import { createAccountsRepository } from "../db/repositories/accounts";
import type { Tx } from "../db/tenant-context";

/**
 * The demo user `username` as the services see a signed-in user, so the demo's activity is filed, decided and
 * recorded through the same access checks and rules as in real use (the server builds the same shape at login).
 */
export async function actingAs(tx: Tx, tenantId: string, username: string): Promise<Me> {
  const accounts = createAccountsRepository(tx);
  const user = await accounts.findUserByUsername(tenantId, username);
  const tenant = await accounts.tenant(tenantId);
  if (!user || !tenant) throw new Error(`Demo user ${username} is missing`);
  const teams = (await accounts.listTeams(tenantId)).filter((team) => user.teamIds.includes(team.id));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: [...user.roles],
    permissions: permissionsOf(user.roles),
    teams: teams.map((team) => ({ id: team.id, name: team.name })),
    tenant,
  };
}
