import { describe, expect, it } from "vitest";
import { AREAS } from "../app/areas";
import { ROLES } from "../../domain/access/roles";
import { en, nl } from "./resources";

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const placeholdersOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const lookup = (tree: Tree, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe("translations", () => {
  it("has the same keys in Dutch and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it("uses the same placeholders in both languages and has no empty texts", () => {
    for (const key of keysOf(nl)) {
      const dutch = lookup(nl, key) as string;
      const english = lookup(en, key) as string;
      expect(dutch.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
      expect(placeholdersOf(english), key).toEqual(placeholdersOf(dutch));
    }
  });

  it("names every area and every role", () => {
    for (const area of AREAS) {
      expect(typeof lookup(nl, `areas.${area.key}.name`), area.key).toBe("string");
      expect(typeof lookup(nl, `areas.${area.key}.summary`), area.key).toBe("string");
    }
    for (const role of ROLES) expect(typeof lookup(nl, `roles.${role}`), role).toBe("string");
  });
});
