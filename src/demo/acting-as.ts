import type { Me } from "../domain/accounts/dto";
import { meOf } from "../domain/accounts/service";
import { createAccountsRepository } from "../db/repositories/accounts";
import type { Tx } from "../db/tenant-context";

/**
 * The demo user `username` as the services see a signed-in user, so the demo's activity is filed, decided and
 * recorded through the same access checks and rules as in real use (the same shape the server builds at login).
 */
export async function actingAs(tx: Tx, tenantId: string, username: string): Promise<Me> {
  const accounts = createAccountsRepository(tx);
  const user = await accounts.findUserByUsername(tenantId, username);
  if (!user) throw new Error(`Demo user ${username} is missing`);
  return meOf({ accounts }, user);
}
