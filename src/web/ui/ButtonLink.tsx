import { Link } from "../router/Link";
import { classNames } from "./class-names";

/** An in-app link that looks like a button (`utrecht-button-link`), for "go to" actions such as "Nieuwe gebruiker". */
export const ButtonLink = ({
  href,
  appearance = "secondary",
  children,
}: {
  href: string;
  appearance?: "primary" | "secondary";
  children: string;
}) => (
  <Link
    href={href}
    className={classNames(
      "utrecht-button-link utrecht-button-link--html-a",
      `utrecht-button-link--${appearance}-action`,
    )}
  >
    {children}
  </Link>
);
