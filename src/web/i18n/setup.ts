import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en, nl } from "./resources";
import { DEFAULT_LANGUAGE, isLanguage, rememberLanguage, storedLanguage } from "./languages";

/**
 * Starts i18next with Dutch first and English second; the choice is remembered in localStorage and
 * mirrored on `<html lang>` so assistive technology pronounces the page right.
 */
export const setupI18n = (storage: Storage | undefined = globalThis.localStorage) => {
  const language = storedLanguage(storage);
  i18next.on("languageChanged", (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = next;
    rememberLanguage(storage, next);
  });
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ["nl", "en"],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
};
