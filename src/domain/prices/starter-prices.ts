import type { PriceItemInput } from "./dto";

/**
 * Starter price list, version 2026-11. Every item is marked `isExample`: a municipality must review
 * and replace it with its own contract prices before using it in a business case. Where we could not
 * verify a published figure, the source says so and the confidence is 1 (lowest) — the amount then
 * only shows the order of magnitude.
 */
export const STARTER_PRICE_LIST_VERSION = "2026-11";

const UNVERIFIED = "Indicatief voorbeeldbedrag, niet geverifieerd (Baatwijzer-startlijst 2026-11): vervang door uw eigen contracttarief";

// Venray publishes its maximum pgb tariffs, which by its own rule equal the lowest tariff it contracted with
// providers: a real contract price of one municipality. The pages state no year; 2025 is when they were read.
const VENRAY_WMO = "Gemeente Venray, 'Hoogte persoonsgebonden budget (pgb) Wmo': maximaal tarief professionele ondersteuning = laagste gecontracteerde tarief (venray.nl, gelezen 2025; jaar niet vermeld)";
const VENRAY_JEUGD = "Gemeente Venray, 'Hoogte persoonsgebonden budget voor dienstverlening' (Jeugd), ambulante hulp duurzaam, reguliere aanbieder (venray.nl, gelezen 2025; jaar niet vermeld)";

export const starterPrices: readonly PriceItemInput[] = [
  {
    code: "ALG-DAGB-INF",
    label: "Informele dagbesteding (algemene voorziening), eigen bijdrage per dag",
    unit: "dag",
    priceCents: 500,
    priceYear: 2024,
    payer: "huishouden",
    source: "Vlijmen, informele dagbesteding in een sporthal: 'Hier betaal ik 5 euro per dag' (artikelreeks sociale basis, zie docs/sources.md)",
    confidence: 3,
    isExample: true,
  },
  { code: "WMO-IB-UUR", label: "Wmo individuele begeleiding", unit: "uur", priceCents: 6500, priceYear: 2024, payer: "gemeente_wmo", source: UNVERIFIED, confidence: 1, isExample: true },
  {
    code: "WMO-HH-UUR",
    label: "Wmo hulp bij het huishouden",
    unit: "uur",
    priceCents: 3029,
    priceYear: 2025,
    payer: "gemeente_wmo",
    source: VENRAY_WMO,
    confidence: 2,
    isExample: true,
  },
  { code: "WMO-DB-DAGDEEL", label: "Wmo dagbesteding (maatwerk)", unit: "dagdeel", priceCents: 5000, priceYear: 2024, payer: "gemeente_wmo", source: UNVERIFIED, confidence: 1, isExample: true },
  {
    code: "JW-AMB-UUR",
    label: "Jeugdhulp ambulant (duurzaam, reguliere aanbieder)",
    unit: "uur",
    priceCents: 7989,
    priceYear: 2025,
    payer: "gemeente_jeugd",
    source: VENRAY_JEUGD,
    confidence: 2,
    isExample: true,
  },
  { code: "PW-BIJSTAND-JAAR", label: "Bijstandsuitkering alleenstaande", unit: "jaar", priceCents: 1_550_000, priceYear: 2024, payer: "gemeente_participatie", source: UNVERIFIED, confidence: 1, isExample: true },
  { code: "WLZ-ZORG-JAAR", label: "Wlz-zorg (gemiddeld per cliënt)", unit: "jaar", priceCents: 7_500_000, priceYear: 2024, payer: "wlz", source: UNVERIFIED, confidence: 1, isExample: true },
  { code: "SW-EIGEN-UUR", label: "Eigen traject sociaal werker (loonkosten incl. overhead)", unit: "uur", priceCents: 7000, priceYear: 2024, payer: "gemeente_overig", source: UNVERIFIED, confidence: 1, isExample: true },
];
