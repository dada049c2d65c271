import { useTranslation } from "react-i18next";
import { Link } from "../router/Link";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { HOME_PATH } from "./areas";

/** Any address the app does not know. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <Paragraph>{t("notFound.body")}</Paragraph>
      <Paragraph>
        <Link href={HOME_PATH}>{t("notFound.home")}</Link>
      </Paragraph>
    </>
  );
};
