import type { PriceItemInput } from "./dto";

/**
 * Starter price list, version 2026-11. Every item is marked `isExample`: a municipality must review
 * and replace it with its own contract prices before using it in a business case. Each source names
 * where the figure was published and for which year; docs/sources.md lists them with what was not found.
 *
 * Confidence, graded against the price list's scale (1 indicatief … 5 vastgesteld tarief):
 * 1 = no published source found; 2 = one published figure (one municipality, one person) or a national
 * average we derived; 3 = a published tariff that other municipalities' published tariffs confirm within
 * about 10%; 4 = a statutory national amount. 5 is reserved for a municipality's own contract price,
 * which no starter list can be.
 */
export const STARTER_PRICE_LIST_VERSION = "2026-11";

const UNVERIFIED =
  "Indicatief voorbeeldbedrag, niet geverifieerd: geen gepubliceerd uurtarief gevonden (Oirschot meldt alleen dat eigen trajecten de helft kosten van trajecten bij gecontracteerde aanbieders, per traject). Vervang door uw eigen loonkosten incl. overhead";

// Venray publishes its maximum pgb tariffs, which by its own rule equal the lowest tariff it contracted with
// providers: a real contract price of one municipality. The page states no year; 2025 is when it was read.
const VENRAY_WMO =
  "Gemeente Venray, 'Hoogte persoonsgebonden budget (pgb) Wmo' (venray.nl): maximaal tarief professionele ondersteuning = laagste gecontracteerde tarief; jaar niet vermeld, gelezen 2025.";

export const starterPrices: readonly PriceItemInput[] = [
  {
    code: "ALG-DAGB-INF",
    label: "Informele dagbesteding (algemene voorziening), eigen bijdrage per dag",
    unit: "dag",
    priceCents: 500,
    // The day care in Vlijmen opened in spring 2016; the participant's fee is from the interview of that time.
    priceYear: 2016,
    payer: "huishouden",
    source:
      "Deelnemer aan de informele dagbesteding in sportcentrum De Heygraven, Vlijmen (gemeente Heusden): 'Hier betaal ik 5 euro per dag' (incl. warme maaltijd). In voor zorg!, 'Dagbesteding in Vlijmen wil zorgen voor verbinding in de woonomgeving' (invoorzorg.nl; opgezet voorjaar 2016); ook in de artikelreeks over de sociale basis. Eén locatie, één deelnemer.",
    confidence: 2,
    isExample: true,
  },
  {
    code: "WMO-IB-UUR",
    label: "Wmo individuele begeleiding",
    unit: "uur",
    priceCents: 6000,
    priceYear: 2025,
    payer: "gemeente_wmo",
    source: `${VENRAY_WMO} Individuele begeleiding basis € 60,00 per uur. Ter vergelijking 2023: gemeente Westerveld € 55,80 (Tarieven Wmo 2023), Meerinzicht € 66,00 (Tarieven Wmo Zorg in Natura en Pgb).`,
    confidence: 3,
    isExample: true,
  },
  {
    code: "WMO-HH-UUR",
    label: "Wmo hulp bij het huishouden",
    unit: "uur",
    priceCents: 3029,
    priceYear: 2025,
    payer: "gemeente_wmo",
    source: `${VENRAY_WMO} Hulp bij het huishouden € 30,29 per uur. Ter vergelijking 2023: gemeente Westerveld € 32,40 (Tarieven Wmo 2023), Meerinzicht € 31,80 (Tarieven Wmo Zorg in Natura en Pgb).`,
    confidence: 3,
    isExample: true,
  },
  {
    code: "WMO-DB-DAGDEEL",
    label: "Wmo dagbesteding (begeleiding groep, midden)",
    unit: "dagdeel",
    priceCents: 4615,
    priceYear: 2023,
    payer: "gemeente_wmo",
    source:
      "Gemeente Westerveld, 'Tarieven Wmo 2023' (gemeentewesterveld.nl), geldig sinds 1 januari 2023: begeleiding groep midden € 46,15 per dagdeel (licht € 35,76, zwaar € 65,57). Eén gemeente; de lengte van een dagdeel verschilt per contract.",
    confidence: 2,
    isExample: true,
  },
  {
    code: "JW-AMB-UUR",
    label: "Jeugdhulp ambulant regulier (hbo)",
    unit: "uur",
    priceCents: 7800,
    priceYear: 2024,
    payer: "gemeente_jeugd",
    source:
      "Gemeente Noordwijk, 'Maximale tarieven PGB Jeugdhulp 2024 Bollenstreek' (noordwijk.nl), afgeleid van de tarieven zorg in natura: jeugdhulp ambulant regulier (hbo) € 78,00 per uur. Ter vergelijking: gemeente Venray, 'Hoogte persoonsgebonden budget voor dienstverlening', ambulante hulp duurzaam, reguliere aanbieder € 79,89 per uur (jaar niet vermeld).",
    confidence: 3,
    isExample: true,
  },
  {
    code: "PW-BIJSTAND-JAAR",
    label: "Bijstandsuitkering alleenstaande (netto norm)",
    unit: "jaar",
    // Six months at the January norm plus six at the July norm.
    priceCents: 6 * 128_383 + 6 * 130_845,
    priceYear: 2024,
    payer: "gemeente_participatie",
    source:
      "Bijstandsnorm Participatiewet, alleenstaande van 21 jaar tot de AOW-leeftijd, netto incl. vakantietoeslag: € 1.283,83 per maand per 1 januari 2024 en € 1.308,45 per 1 juli 2024 (landelijke normen, zoals gepubliceerd door gemeente Velsen, 'Bijstandsnormen per 1 januari 2024' en 'per 1 juli 2024'); jaarbedrag 6 × beide. Zonder loonheffing en uitvoeringskosten.",
    confidence: 4,
    isExample: true,
  },
  {
    code: "WLZ-ZORG-JAAR",
    label: "Wlz-zorg (gemiddeld per cliënt)",
    unit: "jaar",
    // € 30,2 bn / 358.490 ≈ € 84.242; rounded to € 100 because the total is rounded to € 0,1 bn.
    priceCents: 8_420_000,
    priceYear: 2022,
    payer: "wlz",
    source:
      "Afgeleid: Wlz-uitgaven 2022 aan zorgaanspraken en subsidies € 30,2 mld (VWS, Jaarverslag 2022, 'Uitgaven en inkomsten Wlz', staatvenz.nl) gedeeld door 358.490 personen met Wlz-indicatie en -gebruik op peildatum 2022 (CBS StatLine 84529NED, voorlopig): ≈ € 84.200 per cliënt per jaar. Gemiddelde over ouderenzorg, gehandicaptenzorg en ggz; incl. € 2,1 mld eigen bijdragen.",
    confidence: 2,
    isExample: true,
  },
  { code: "SW-EIGEN-UUR", label: "Eigen traject sociaal werker (loonkosten incl. overhead)", unit: "uur", priceCents: 7000, priceYear: 2024, payer: "gemeente_overig", source: UNVERIFIED, confidence: 1, isExample: true },
];
