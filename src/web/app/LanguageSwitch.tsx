import { useTranslation } from "react-i18next";
import type { Language } from "../i18n/languages";

const OTHER: Record<Language, { language: Language; name: string }> = {
  nl: { language: "en", name: "English" },
  en: { language: "nl", name: "Nederlands" },
};

/** Switches between Dutch and English; the button names the other language in that language. */
export const LanguageSwitch = () => {
  const { i18n } = useTranslation();
  const other = OTHER[i18n.language === "en" ? "en" : "nl"];
  return (
    <button
      type="button"
      lang={other.language}
      className="utrecht-button utrecht-button--subtle bw-language-switch"
      onClick={() => void i18n.changeLanguage(other.language)}
    >
      {other.name}
    </button>
  );
};
