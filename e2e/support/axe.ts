import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe for WCAG 2.1 A and AA and fails with a readable list of what is wrong and where. */
export const expectAccessible = async (page: Page, where: string): Promise<void> => {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const problems = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
  expect(problems, `WCAG 2.1 AA violations on ${where} (${page.url()})`).toEqual([]);
};
