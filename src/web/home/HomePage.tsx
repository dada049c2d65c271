import { useTranslation } from "react-i18next";
import { areasFor } from "../app/areas";
import { useMe } from "../app/session-context";
import { Link } from "../router/Link";
import { Heading } from "../ui/Heading";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";

/** "Overzicht": a welcome and the areas this user works in. */
export const HomePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const areas = areasFor(me.permissions);
  const roles = me.roles.map((role) => t(`roles.${role}`)).join(", ");
  return (
    <>
      <PageHeading>{t("home.title")}</PageHeading>
      <Paragraph lead>{t("home.welcome", { name: me.displayName })}</Paragraph>
      <Paragraph>{t("home.context", { tenant: me.tenant.name, roles })}</Paragraph>
      <Heading level={2}>{t("home.areasHeading")}</Heading>
      {areas.length === 0 ? (
        <Paragraph>{t("home.noAreas")}</Paragraph>
      ) : (
        <ul className="bw-area-list">
          {areas.map((area) => (
            <li key={area.key} className="bw-area-list__item">
              <Link href={area.path} className="utrecht-link bw-area-list__link">
                {t(`areas.${area.key}.name`)}
              </Link>
              <p className="utrecht-paragraph bw-area-list__summary">{t(`areas.${area.key}.summary`)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
