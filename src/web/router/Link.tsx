import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "./history";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** An in-app link (`utrecht-link`): a real `<a href>` that navigates without reloading the page. */
export const Link = ({ href, className = "utrecht-link", onClick, target, ...rest }: LinkProps) => (
  <a
    {...rest}
    href={href}
    target={target}
    className={className}
    onClick={(event) => {
      onClick?.(event);
      if (event.defaultPrevented || !isPlainClick(event) || target) return;
      event.preventDefault();
      navigate(href);
    }}
  />
);
