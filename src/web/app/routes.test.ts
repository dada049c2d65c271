import { describe, expect, it } from "vitest";
import { permissionsOf } from "../../domain/access/permissions";
import { ROLES } from "../../domain/access/roles";
import { AREAS } from "./areas";
import { ROUTES, resolveRoute } from "./routes";

const beheerder = permissionsOf(["beheerder"]);

describe("resolveRoute", () => {
  it("prefers the fixed 'nieuw' page over a user id", () => {
    const created = resolveRoute("/beheer/gebruikers/nieuw", beheerder);
    expect(created.kind === "page" && created.route.path).toBe("/beheer/gebruikers/nieuw");
    const edited = resolveRoute("/beheer/gebruikers/42", beheerder);
    expect(edited.kind === "page" && edited.params).toEqual({ id: "42" });
  });

  it("opens a question, and prefers the fixed 'nieuw' page over a question id", () => {
    const triagist = permissionsOf(["triagist"]);
    const created = resolveRoute("/vragen/nieuw", triagist);
    expect(created.kind === "page" && created.route.path).toBe("/vragen/nieuw");
    const opened = resolveRoute("/vragen/7f0c", triagist);
    expect(opened.kind === "page" && opened.params).toEqual({ id: "7f0c" });
    expect(resolveRoute("/taken", permissionsOf(["ontschotter"])).kind).toBe("page");
    expect(resolveRoute("/vragen/nieuw", permissionsOf(["ontschotter"])).kind).toBe("forbidden");
  });

  it("opens a case and a household, and prefers the fixed 'nieuw' page over a case id", () => {
    const worker = permissionsOf(["sociaal_werker"]);
    const created = resolveRoute("/casussen/nieuw", worker);
    expect(created.kind === "page" && created.route.path).toBe("/casussen/nieuw");
    const opened = resolveRoute("/casussen/c1", worker);
    expect(opened.kind === "page" && opened.route.path).toBe("/casussen/:id");
    const household = resolveRoute("/casussen/huishoudens/h1", worker);
    expect(household.kind === "page" && household.params).toEqual({ id: "h1" });
    expect(resolveRoute("/casussen/c1", permissionsOf(["panellid"])).kind).toBe("forbidden");
  });

  it("answers 'Geen toegang' for a known page outside the user's permissions", () => {
    expect(resolveRoute("/vragen", beheerder).kind).toBe("forbidden");
    expect(resolveRoute("/beheer/gebruikers", permissionsOf(["sociaal_werker"])).kind).toBe("forbidden");
  });

  it("answers 'niet gevonden' for unknown paths, also without permissions", () => {
    expect(resolveRoute("/bestaat-niet", beheerder).kind).toBe("notFound");
    expect(resolveRoute("/beheer", beheerder).kind).toBe("notFound");
  });

  it("opens the start page and every menu area of every role", () => {
    for (const role of ROLES) {
      const permissions = permissionsOf([role]);
      expect(resolveRoute("/", permissions).kind, role).toBe("page");
      for (const area of AREAS.filter((candidate) => permissions.includes(candidate.permission))) {
        expect(resolveRoute(area.path, permissions).kind, `${role} ${area.path}`).toBe("page");
      }
    }
  });

  it("guards every page except the start page with a permission", () => {
    expect(ROUTES.filter((route) => !route.permission).map((route) => route.path)).toEqual(["/"]);
  });
});
