import type { ComponentPropsWithRef } from "react";
import { classNames } from "./class-names";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  appearance?: "primary" | "secondary" | "subtle";
  hint?: "danger" | "warning";
  /** Shows the button as working and blocks a second click while a request runs. */
  busy?: boolean;
}

const APPEARANCE_CLASS = {
  primary: "utrecht-button--primary-action",
  secondary: "utrecht-button--secondary-action",
  subtle: "utrecht-button--subtle",
} as const;

/** NL Design System button (`utrecht-button`). Defaults to `type="button"` so it never submits by accident. */
export const Button = ({
  appearance = "secondary",
  hint,
  busy = false,
  type = "button",
  className,
  disabled,
  ...rest
}: ButtonProps) => (
  <button
    {...rest}
    type={type}
    disabled={disabled || busy}
    aria-busy={busy || undefined}
    className={classNames(
      "utrecht-button",
      APPEARANCE_CLASS[appearance],
      hint && `utrecht-button--${hint}`,
      busy && "utrecht-button--busy",
      type === "submit" && "utrecht-button--submit",
      className,
    )}
  />
);
