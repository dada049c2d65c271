import { useTranslation } from "react-i18next";

/** Download links for one view: the same tables as on screen, as CSV (; and decimal comma) and as Excel. */
export const ExportLinks = ({ urls, what }: { urls: { csv: string; xlsx: string }; what: string }) => {
  const { t } = useTranslation();
  return (
    <p className="bw-actions">
      <a className="utrecht-link" href={urls.csv} download>
        {t("monitor.export.csv")}
        <span className="bw-visually-hidden"> {what}</span>
      </a>{" "}
      <a className="utrecht-link" href={urls.xlsx} download>
        {t("monitor.export.xlsx")}
        <span className="bw-visually-hidden"> {what}</span>
      </a>
    </p>
  );
};
