import { useTranslation } from "react-i18next";
import { useLocation } from "../router/history";
import { Link } from "../router/Link";
import { type Area, areaOfPath, HOME_PATH, navigationFor } from "./areas";

const NavItem = ({ href, label, current }: { href: string; label: string; current: boolean }) => (
  <li className="bw-nav__item">
    <Link
      href={href}
      className={current ? "bw-nav__link bw-nav__link--current" : "bw-nav__link"}
      aria-current={current ? "page" : undefined}
    >
      {label}
    </Link>
  </li>
);

/** The main menu: the areas the user's permissions open, with administration ("Beheer") as its own group. */
export const MainNav = ({ permissions }: { permissions: readonly string[] }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { work, admin } = navigationFor(permissions);
  const currentKey = areaOfPath(pathname)?.key;
  const item = (area: Area) => (
    <NavItem key={area.key} href={area.path} label={t(`areas.${area.key}.name`)} current={area.key === currentKey} />
  );
  return (
    <nav className="bw-nav" aria-label={t("nav.label")}>
      <ul className="bw-nav__list">
        <NavItem href={HOME_PATH} label={t("nav.home")} current={pathname === HOME_PATH} />
        {work.map(item)}
      </ul>
      {admin.length > 0 && (
        <>
          <p className="bw-nav__group" id="bw-nav-admin">
            {t("nav.admin")}
          </p>
          <ul className="bw-nav__list" aria-labelledby="bw-nav-admin">
            {admin.map(item)}
          </ul>
        </>
      )}
    </nav>
  );
};
