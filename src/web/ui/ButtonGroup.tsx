import type { ReactNode } from "react";

/** A row of buttons (`utrecht-button-group`). */
export const ButtonGroup = ({ children }: { children: ReactNode }) => (
  <div className="utrecht-button-group utrecht-button-group--row">{children}</div>
);
