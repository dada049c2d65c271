import { classNames } from "./class-names";

export interface InPageNavProps {
  label: string;
  /** The sections in page order: `id` is the section's heading, which must have tabIndex -1. */
  items: readonly { id: string; label: string }[];
  className?: string;
}

/**
 * "Op deze pagina": links to the sections of a long page. Following one moves focus to the
 * section's heading (so Tab continues there) and scrolls it into view.
 */
export const InPageNav = ({ label, items, className }: InPageNavProps) => (
  <nav aria-label={label} className={classNames("bw-in-page-nav", className)}>
    <ul className="bw-in-page-nav__list">
      {items.map((item) => (
        <li key={item.id} className="bw-in-page-nav__item">
          <a
            className="utrecht-link bw-in-page-nav__link"
            href={`#${item.id}`}
            onClick={(event) => {
              const target = document.getElementById(item.id);
              if (!target) return;
              event.preventDefault();
              target.focus();
              target.scrollIntoView({ block: "start" });
            }}
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
