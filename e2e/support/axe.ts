import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe for WCAG 2.1 A and AA and fails with a readable list of what is wrong and where.
 * `include` limits the check to one part (a CSS selector): for a new state of a long page that was
 * already checked whole, where only that part changed.
 */
export const expectAccessible = async (page: Page, where: string, { include }: { include?: string } = {}): Promise<void> => {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const result = await (include ? builder.include(include) : builder).analyze();
  const problems = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
  expect(problems, `WCAG 2.1 AA violations on ${where} (${page.url()})`).toEqual([]);
  if (include) expect(result.passes.length, `axe checked something in ${include} on ${where}`).toBeGreaterThan(0);
};
