import type { ReactNode } from "react";
import { Heading } from "../ui/Heading";

/** The ids of the case page's sections, in page order; the in-page menu links to their headings. */
export const CASE_SECTIONS = ["overview", "conversations", "hours", "plan", "scenarios", "measurements"] as const;
export type CaseSectionKey = (typeof CASE_SECTIONS)[number];

export const sectionHeadingId = (key: CaseSectionKey) => `case-${key}-heading`;

/**
 * Moves focus to a section's heading: after a reload or a step the control that had focus is gone,
 * and the section's heading is where the user continues.
 */
export const focusSection = (key: CaseSectionKey) => document.getElementById(sectionHeadingId(key))?.focus();

/** One section of the case page: a named region whose h2 the in-page menu can focus. */
export const CaseSection = ({ section, title, children }: { section: CaseSectionKey; title: string; children: ReactNode }) => (
  <section aria-labelledby={sectionHeadingId(section)} className="bw-section bw-case-section">
    <Heading level={2} id={sectionHeadingId(section)} tabIndex={-1}>
      {title}
    </Heading>
    {children}
  </section>
);
