import type { Instrument } from "./dto";

/**
 * Built-in instrument compatible with the Zelfredzaamheid-Matrix (ZRM): 13 life domains, 5 levels.
 * Domain and level names as in the ZRM of GGD Amsterdam (zelfredzaamheidmatrix.nl); the levels as listed in issue 4.
 * Only the domains relevant to the question are scored, each with a reason: scoring all domains by
 * default was judged over-collection by the Dutch data protection authority (Autoriteit Persoonsgegevens,
 * investigation of social neighbourhood teams), as issue 4 records.
 */
export const SELF_RELIANCE_MATRIX: Instrument = {
  code: "zrm",
  name: "Zelfredzaamheid (ZRM-compatibel)",
  builtIn: true,
  domains: [
    { code: "financien", label: "Financiën" },
    { code: "werk_opleiding", label: "Werk & opleiding" },
    { code: "tijdsbesteding", label: "Tijdsbesteding" },
    { code: "huisvesting", label: "Huisvesting" },
    { code: "huiselijke_relaties", label: "Huiselijke relaties" },
    { code: "geestelijke_gezondheid", label: "Geestelijke gezondheid" },
    { code: "lichamelijke_gezondheid", label: "Lichamelijke gezondheid" },
    { code: "middelengebruik", label: "Middelengebruik" },
    { code: "basale_adl", label: "Basale ADL" },
    { code: "instrumentele_adl", label: "Instrumentele ADL" },
    { code: "sociaal_netwerk", label: "Sociaal netwerk" },
    { code: "maatschappelijke_participatie", label: "Maatschappelijke participatie" },
    { code: "justitie", label: "Justitie" },
  ],
  levels: [
    { value: 1, label: "Acute problematiek" },
    { value: 2, label: "Niet zelfredzaam" },
    { value: 3, label: "Beperkt zelfredzaam" },
    { value: 4, label: "Voldoende zelfredzaam" },
    { value: 5, label: "Volledig zelfredzaam" },
  ],
};
