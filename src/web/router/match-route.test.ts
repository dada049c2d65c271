import { describe, expect, it } from "vitest";
import { matchRoute, safeReturnPath } from "./match-route";

describe("matchRoute", () => {
  it("matches static paths, ignoring a trailing slash", () => {
    expect(matchRoute("/", "/")).toEqual({});
    expect(matchRoute("/beheer/teams", "/beheer/teams/")).toEqual({});
    expect(matchRoute("/beheer/teams", "/beheer/team")).toBeNull();
    expect(matchRoute("/beheer", "/beheer/teams")).toBeNull();
  });

  it("extracts and decodes parameters", () => {
    expect(matchRoute("/beheer/gebruikers/:id", "/beheer/gebruikers/a%20b")).toEqual({ id: "a b" });
    expect(matchRoute("/beheer/gebruikers/:id", "/beheer/gebruikers/")).toBeNull();
    expect(matchRoute("/beheer/gebruikers/:id", "/beheer/gebruikers/%E0%A4%A")).toBeNull();
  });
});

describe("safeReturnPath", () => {
  it("accepts in-app paths with their query", () => {
    expect(safeReturnPath("?next=%2Fbeheer%2Fteams%3Fx%3D1")).toBe("/beheer/teams?x=1");
  });

  it("falls back for missing, external or login targets", () => {
    expect(safeReturnPath("")).toBe("/");
    expect(safeReturnPath("?next=https://evil.example")).toBe("/");
    expect(safeReturnPath("?next=//evil.example")).toBe("/");
    expect(safeReturnPath("?next=/%5Cevil.example")).toBe("/");
    expect(safeReturnPath("?next=/login")).toBe("/");
  });
});
