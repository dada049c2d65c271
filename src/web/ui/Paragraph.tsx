import type { HTMLAttributes } from "react";
import { classNames } from "./class-names";

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  lead?: boolean;
}

/** Body text (`utrecht-paragraph`); `lead` for an introduction. */
export const Paragraph = ({ lead = false, className, ...rest }: ParagraphProps) => (
  <p {...rest} className={classNames("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)} />
);
