import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY, rememberLanguage, storedLanguage } from "./languages";

const memoryStorage = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe("storedLanguage", () => {
  it("starts in Dutch and remembers a choice", () => {
    const storage = memoryStorage();
    expect(storedLanguage(storage)).toBe("nl");
    rememberLanguage(storage, "en");
    expect(storedLanguage(storage)).toBe("en");
  });

  it("ignores unknown values, missing and blocked storage", () => {
    expect(storedLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: "fr" }))).toBe("nl");
    expect(storedLanguage(undefined)).toBe("nl");
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(storedLanguage(blocked)).toBe("nl");
    expect(() => rememberLanguage(blocked, "en")).not.toThrow();
  });
});
