import { describe, expect, it } from "vitest";
import { permissionsOf } from "../../domain/access/permissions";
import type { Role } from "../../domain/access/roles";
import { AREAS, areaOfPath, navigationFor } from "./areas";

const menuOf = (role: Role) => {
  const { work, admin } = navigationFor(permissionsOf([role]));
  return [...work, ...admin].map((area) => area.key);
};

describe("navigationFor", () => {
  it("gives every role exactly the areas of its permissions", () => {
    expect(menuOf("sociaal_werker")).toEqual(["questions", "tasks", "cases", "budgets", "casePlatform", "priceList"]);
    expect(menuOf("triagist")).toEqual(["questions", "tasks", "cases", "priceList"]);
    expect(menuOf("ontschotter")).toEqual(["tasks", "cases", "budgets", "casePlatform", "budgetReport", "priceList"]);
    expect(menuOf("panellid")).toEqual(["panel"]);
    expect(menuOf("beleidsadviseur")).toEqual(["budgetReport", "panelRounds", "businessCase", "mkba", "priceList", "monitor", "budgetAdmin", "instruments", "caseLabels"]);
    expect(menuOf("controller")).toEqual(["budgetReport", "businessCase", "priceList", "monitor"]);
    expect(menuOf("beheerder")).toEqual(["priceList", "users", "teams", "organisations", "budgetAdmin", "instruments", "caseLabels", "auditLog"]);
  });

  it("puts administration in its own group", () => {
    const { work, admin } = navigationFor(permissionsOf(["beheerder"]));
    expect(work.map((area) => area.key)).toEqual(["priceList"]);
    expect(admin.map((area) => area.key)).toEqual(["users", "teams", "organisations", "budgetAdmin", "instruments", "caseLabels", "auditLog"]);
  });

  it("shows nothing without permissions", () => {
    expect(navigationFor([])).toEqual({ work: [], admin: [] });
  });
});

describe("AREAS", () => {
  it("has unique keys and paths", () => {
    expect(new Set(AREAS.map((area) => area.key)).size).toBe(AREAS.length);
    expect(new Set(AREAS.map((area) => area.path)).size).toBe(AREAS.length);
  });

  it("finds the area of a page, including pages below it", () => {
    expect(areaOfPath("/beheer/gebruikers/nieuw")?.key).toBe("users");
    expect(areaOfPath("/vragen")?.key).toBe("questions");
    expect(areaOfPath("/vragen/nieuw")?.key).toBe("questions");
    expect(areaOfPath("/taken")?.key).toBe("tasks");
    expect(areaOfPath("/vragenlijst")).toBeUndefined();
    expect(areaOfPath("/")).toBeUndefined();
  });
});
