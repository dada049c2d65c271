import type { ReactNode } from "react";

/** Shown instead of an empty table: says there is nothing yet and, if possible, what to do. */
export const EmptyState = ({ children }: { children: ReactNode }) => (
  <div className="bw-empty-state">
    <p className="utrecht-paragraph">{children}</p>
  </div>
);
