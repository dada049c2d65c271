import type { ComponentPropsWithRef } from "react";
import { classNames } from "./class-names";

export interface HeadingProps extends ComponentPropsWithRef<"h2"> {
  level: 2 | 3 | 4;
}

/** A section heading (`utrecht-heading-N`). A page's one h1 is `PageHeading`. */
export const Heading = ({ level, className, ...rest }: HeadingProps) => {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={classNames(`utrecht-heading-${level}`, className)} />;
};
