import type { Me } from "../accounts/dto";

/**
 * Who may open a household's file. Social workers see the households of their own teams ("a social
 * worker sees only the cases of their teams"); the triagist at the front door and the ontschotter, whose
 * mandate crosses teams, see every household of the tenant.
 */
export function canSeeHousehold(me: Pick<Me, "roles" | "teams">, household: { teamId: string }): boolean {
  if (me.roles.includes("triagist") || me.roles.includes("ontschotter")) return true;
  return me.teams.some((team) => team.id === household.teamId);
}

/** The teams whose households a user may list; null means all teams of the tenant. */
export function visibleTeamIds(me: Pick<Me, "roles" | "teams">): string[] | null {
  if (me.roles.includes("triagist") || me.roles.includes("ontschotter")) return null;
  return me.teams.map((team) => team.id);
}
