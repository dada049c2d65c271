import { createAccountsRepository } from "../db/repositories/accounts";
import type { Tx } from "../db/tenant-context";

/**
 * A second social worker, in Wijkteam Zuid: with sample households the demo files spending requests for both
 * teams, and a request above a mandate limit needs two approvers who are not the requester (four eyes) — the
 * demo's two mandate holders, Sanne de Vries and Olga Jansen, can then both decide on his requests.
 */
export const DEMO_COLLEAGUE = { username: "sociaal_werker_zuid", displayName: "Joris van Leeuwen", team: "Wijkteam Zuid" } as const;

export async function seedDemoColleague(tx: Tx, tenantId: string, passwordHash: string): Promise<void> {
  const accounts = createAccountsRepository(tx);
  const team = (await accounts.listTeams(tenantId)).find((t) => t.name === DEMO_COLLEAGUE.team);
  await accounts.insertUser(tenantId, {
    username: DEMO_COLLEAGUE.username,
    displayName: DEMO_COLLEAGUE.displayName,
    email: `${DEMO_COLLEAGUE.username}@voorbeeld.example`,
    passwordHash,
    roles: ["sociaal_werker"],
    teamIds: team ? [team.id] : [],
  });
}
