import { describe, expect, it } from "vitest";
import { PURPOSE_CATEGORIES, PURPOSE_CATEGORY_NAMES } from "../../domain/budgets/purpose-categories";
import en from "./i18n/en.json";
import nl from "./i18n/nl.json";

describe("purpose category labels", () => {
  it("name exactly the domain's categories, in Dutch the same words as the report exports", () => {
    expect(Object.keys(nl.purposeCategories)).toEqual([...PURPOSE_CATEGORIES]);
    expect(Object.keys(en.purposeCategories)).toEqual([...PURPOSE_CATEGORIES]);
    expect(nl.purposeCategories).toEqual(PURPOSE_CATEGORY_NAMES);
  });
});
