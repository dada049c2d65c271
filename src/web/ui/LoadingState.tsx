import { useTranslation } from "react-i18next";

/** Shown while a page's data loads. */
export const LoadingState = ({ label }: { label?: string }) => {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph bw-loading" role="status">
      {label ?? t("common.loading")}
    </p>
  );
};
