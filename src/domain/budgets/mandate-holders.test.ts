import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERMISSION_MATRIX } from "../access/permissions";
import { ROLES } from "../access/roles";
import { mandateRefusal, rolesMayDecide } from "./mandate-holders";

describe("mandateRefusal", () => {
  it("accepts an active user whose role may decide on spending, and names why anyone else is refused", () => {
    expect(mandateRefusal({ roles: ["ontschotter"], active: true })).toBeNull();
    expect(mandateRefusal({ roles: ["sociaal_werker"], active: true })).toBeNull();
    expect(mandateRefusal({ roles: ["beheerder", "ontschotter"], active: true })).toBeNull();
    expect(mandateRefusal(null)).toBe("Deze medewerker bestaat niet.");
    expect(mandateRefusal({ roles: ["ontschotter"], active: false })).toBe("Deze medewerker is niet actief en kan geen mandaat krijgen.");
    expect(mandateRefusal({ roles: ["beheerder"], active: true })).toContain("geen rol die over budgetuitgaven mag besluiten");
    expect(mandateRefusal({ roles: ["onbekende_rol"], active: true })).toContain("geen rol");
  });

  it("follows the permission matrix for every combination of roles (property)", () => {
    const deciding = new Set<string>(PERMISSION_MATRIX["budgets:use"]);
    fc.assert(
      fc.property(fc.subarray([...ROLES]), fc.boolean(), (roles, active) => {
        const mayDecide = roles.some((role) => deciding.has(role));
        expect(rolesMayDecide(roles)).toBe(mayDecide);
        expect(mandateRefusal({ roles, active }) === null).toBe(active && mayDecide);
      }),
    );
  });
});
