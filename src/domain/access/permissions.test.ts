import { describe, expect, it } from "vitest";
import { PERMISSION_MATRIX, permissionsOf } from "./permissions";
import { ROLES } from "./roles";

describe("permission matrix", () => {
  it("gives every role at least one permission, and every permission at least one role", () => {
    for (const role of ROLES) expect(permissionsOf([role]).length, role).toBeGreaterThan(0);
    for (const [permission, roles] of Object.entries(PERMISSION_MATRIX)) expect(roles.length, permission).toBeGreaterThan(0);
  });

  it("keeps reviewers and controllers away from case files and administration", () => {
    expect(permissionsOf(["panellid"])).toEqual(["panel:review"]);
    expect(permissionsOf(["controller"])).not.toContain("cases:use");
    expect(permissionsOf(["controller"])).not.toContain("mkba:use");
    expect(permissionsOf(["beleidsadviseur"])).not.toContain("cases:use");
    expect(permissionsOf(["beheerder"])).not.toContain("cases:use");
  });

  it("unites the permissions of several roles", () => {
    expect(permissionsOf(["panellid", "beheerder"])).toEqual([
      "accounts:manage",
      "audit:read",
      "budgets:manage",
      "panel:review",
      "pricelist:view",
      "pricelist:manage",
      "instruments:manage",
      "caselabels:manage",
    ]);
  });
});
