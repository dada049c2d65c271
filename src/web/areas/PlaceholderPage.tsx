import { useTranslation } from "react-i18next";
import type { PlaceholderAreaKey } from "../app/areas";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";

/** The page of an area that a later issue builds: its name, what will come, and the status "In ontwikkeling". */
export const PlaceholderPage = ({ area }: { area: PlaceholderAreaKey }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`areas.${area}.name`)}</PageHeading>
      <p className="bw-placeholder-status">
        <span className="bw-placeholder-status__label">{t("placeholder.statusLabel")}</span>{" "}
        <StatusBadge status="warning">{t("placeholder.status")}</StatusBadge>
      </p>
      <Paragraph lead>{t(`areas.${area}.summary`)}</Paragraph>
      <Paragraph>{t(`areas.${area}.coming`)}</Paragraph>
    </>
  );
};
