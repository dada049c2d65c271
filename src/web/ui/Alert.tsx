import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface AlertProps {
  type: "info" | "ok" | "warning" | "error";
  children: ReactNode;
  /** `alert` interrupts a screen reader (errors after an action); `status` waits politely. */
  role?: "alert" | "status";
  id?: string;
  className?: string;
}

/** A message box (`utrecht-alert`). */
export const Alert = ({ type, children, role, id, className }: AlertProps) => (
  <div id={id} role={role} className={classNames("utrecht-alert", `utrecht-alert--${type}`, className)}>
    <div className="utrecht-alert__content">
      <div className="utrecht-alert__message">{children}</div>
    </div>
  </div>
);
