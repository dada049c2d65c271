import type { ReactNode } from "react";

export interface StatusBadgeProps {
  status: "neutral" | "active" | "inactive" | "warning" | "danger" | "success";
  children: ReactNode;
}

/** A short status word in a coloured badge (`utrecht-status-badge`); the text carries the meaning, not the colour. */
export const StatusBadge = ({ status, children }: StatusBadgeProps) => (
  <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>
);
