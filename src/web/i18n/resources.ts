import enBudgets from "../budgets/i18n/en.json";
import nlBudgets from "../budgets/i18n/nl.json";
import enBusinessCase from "../businesscase/i18n/en.json";
import nlBusinessCase from "../businesscase/i18n/nl.json";
import enInstruments from "../instruments/i18n/en.json";
import nlInstruments from "../instruments/i18n/nl.json";
import enMkba from "../mkba/i18n/en.json";
import nlMkba from "../mkba/i18n/nl.json";
import enMonitor from "../monitor/i18n/en.json";
import nlMonitor from "../monitor/i18n/nl.json";
import enPanel from "../panel/i18n/en.json";
import nlPanel from "../panel/i18n/nl.json";
import enPlatform from "../platform/i18n/en.json";
import nlPlatform from "../platform/i18n/nl.json";
import enShared from "./en.json";
import nlShared from "./nl.json";

/**
 * The translation tree per language. Shared texts and the first areas live in `./nl.json`; later
 * areas keep their texts next to their pages (`src/web/<area>/i18n/`) under one top-level key, so
 * areas can be built side by side without touching one big file.
 */
export const nl = {
  ...nlShared,
  budgets: nlBudgets,
  platform: nlPlatform,
  panel: nlPanel,
  businessCase: nlBusinessCase,
  mkba: nlMkba,
  monitor: nlMonitor,
  instruments: nlInstruments,
};

export const en: typeof nl = {
  ...enShared,
  budgets: enBudgets,
  platform: enPlatform,
  panel: enPanel,
  businessCase: enBusinessCase,
  mkba: enMkba,
  monitor: enMonitor,
  instruments: enInstruments,
};
