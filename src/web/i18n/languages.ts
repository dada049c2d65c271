export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "nl";
export const LANGUAGE_STORAGE_KEY = "baatwijzer.language";

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The remembered language, or Dutch. Storage may be absent or blocked (private mode). */
export const storedLanguage = (storage: Pick<Storage, "getItem"> | undefined): Language => {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

export const rememberLanguage = (storage: Pick<Storage, "setItem"> | undefined, language: Language): void => {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering is acceptable; the choice still holds for this page.
  }
};
