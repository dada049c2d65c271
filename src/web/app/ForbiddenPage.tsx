import { useTranslation } from "react-i18next";
import { Link } from "../router/Link";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { HOME_PATH } from "./areas";

/** A page the user's roles do not open (or an API call answered 403). */
export const ForbiddenPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t("forbidden.title")}</PageHeading>
      <Paragraph>{t("forbidden.body")}</Paragraph>
      <Paragraph>
        <Link href={HOME_PATH}>{t("forbidden.home")}</Link>
      </Paragraph>
    </>
  );
};
