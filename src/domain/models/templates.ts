/**
 * Starting points for the model library (issue 7): five approaches from the seed articles. Every number is a
 * placeholder marked "aanname": replace it with your own registration or a sourced reference figure. They
 * show the structure of such a model, not its outcome.
 */
const ASSUMPTION = "aanname — vervang door eigen gegevens of een onderbouwd kengetal";
const years = (n: number) => Array.from({ length: n }, (_, i) => i);

const base = (name: string, description: string) => ({
  format: "baatwijzer.model/1" as const,
  name,
  description,
  kind: "mkba" as const,
  priceYear: 2026,
  horizon: 5,
  discountRate: 0.0225,
  monteCarlo: { draws: 2000, seed: 1 },
});

const stakeholders = [
  { id: "gemeente", name: "Gemeente", type: "gemeente" },
  { id: "zorgverzekeraar", name: "Zorgverzekeraar", type: "zorgverzekeraar" },
  { id: "huishoudens", name: "Huishoudens", type: "huishoudens" },
];

export const MODEL_TEMPLATES: Readonly<Record<string, Record<string, unknown>>> = {
  "sociaal-wijkteam": {
    ...base("Sociaal wijkteam", "Integrale aanpak aan de voorkant die maatwerk voorkomt (Breda, Oirschot)."),
    stakeholders,
    parameters: {
      huishoudens: { value: 300, unit: "huishoudens per jaar", source: ASSUMPTION, uncertainty: { dist: "triangular", min: 200, mode: 300, max: 400 } },
      kostenTeam: { value: 600000, unit: "euro per jaar", source: ASSUMPTION, uncertainty: { dist: "pert", min: 500000, mode: 600000, max: 750000 } },
      aandeelVoorkomen: { value: 0.3, unit: "fractie", source: ASSUMPTION + " (panel: voorkomen/verminderd/beëindigd)", uncertainty: { dist: "pert", min: 0.15, mode: 0.3, max: 0.45 } },
      kostenMaatwerk: { value: 8000, unit: "euro per traject", source: ASSUMPTION + " (prijslijst)" },
    },
    costs: [{ id: "team", label: "Sociaal wijkteam", stakeholder: "gemeente", amount: "kostenTeam", years: years(5), optimismBias: 0.1 }],
    benefits: [{ id: "maatwerk", label: "Voorkomen maatwerk", stakeholder: "gemeente", category: "financial", quantity: "huishoudens * aandeelVoorkomen", unitValue: "kostenMaatwerk", deadweight: 0.2, attribution: 0.2 }],
  },
  schuldhulpverlening: {
    ...base("Schuldhulpverlening", "Vroegsignalering en schuldhulp: minder uithuiszettingen, minder uitkeringsafhankelijkheid."),
    stakeholders,
    parameters: {
      trajecten: { value: 150, unit: "trajecten per jaar", source: ASSUMPTION, uncertainty: { dist: "triangular", min: 100, mode: 150, max: 220 } },
      kostenTraject: { value: 2500, unit: "euro per traject", source: ASSUMPTION },
      kansUithuiszettingVoorkomen: { value: 0.05, unit: "fractie", source: ASSUMPTION, uncertainty: { dist: "uniform", min: 0.02, max: 0.08 } },
      kostenUithuiszetting: { value: 20000, unit: "euro per uithuiszetting", source: ASSUMPTION },
      welzijnswinst: { value: 1000, unit: "euro per huishouden per jaar", source: ASSUMPTION + " (immateriële waardering)" },
    },
    costs: [{ id: "trajecten", label: "Schuldhulptrajecten", stakeholder: "gemeente", amount: "trajecten * kostenTraject", years: years(5) }],
    benefits: [
      { id: "uithuiszetting", label: "Voorkomen uithuiszettingen", stakeholder: "gemeente", category: "financial", quantity: "trajecten * kansUithuiszettingVoorkomen", unitValue: "kostenUithuiszetting", deadweight: 0.3 },
      { id: "rust", label: "Rust en gezondheid in het huishouden", stakeholder: "huishoudens", category: "immaterial", quantity: "trajecten", unitValue: "welzijnswinst", dropOff: 0.3 },
    ],
  },
  "informele-dagbesteding": {
    ...base("Informele dagbesteding", "Dagbesteding als algemene voorziening in plaats van maatwerk (Vlijmen)."),
    stakeholders,
    parameters: {
      deelnemers: { value: 25, unit: "deelnemers", source: ASSUMPTION, uncertainty: { dist: "triangular", min: 15, mode: 25, max: 35 } },
      kostenLocatie: { value: 40000, unit: "euro per jaar", source: ASSUMPTION },
      dagenPerJaar: { value: 100, unit: "dagen per deelnemer per jaar", source: ASSUMPTION },
      prijsMaatwerkDag: { value: 60, unit: "euro per dag", source: ASSUMPTION + " (prijslijst: dagbesteding)" },
      eigenBijdrage: { value: 5, unit: "euro per dag", source: "Vlijmen: 5 euro per dag (docs/sources.md)" },
    },
    costs: [
      { id: "locatie", label: "Locatie, begeleiding en vrijwilligers", stakeholder: "gemeente", amount: "kostenLocatie", years: years(5) },
      { id: "bijdrage", label: "Eigen bijdrage deelnemers", stakeholder: "huishoudens", amount: "deelnemers * dagenPerJaar * eigenBijdrage", years: years(5) },
    ],
    benefits: [{ id: "maatwerk", label: "Vermeden maatwerkdagbesteding", stakeholder: "gemeente", category: "financial", quantity: "deelnemers * dagenPerJaar", unitValue: "prijsMaatwerkDag", deadweight: 0.25 }],
  },
  "resultaatvolgend-budget": {
    ...base("Resultaatvolgend budget", "Flexibel geld dat een doorbraak koopt (Leeuwarden): niets doen, regulier of het budget."),
    stakeholders,
    parameters: {
      besluiten: { value: 60, unit: "besluiten per jaar", source: ASSUMPTION },
      bedragPerBesluit: { value: 1500, unit: "euro", source: ASSUMPTION, uncertainty: { dist: "pert", min: 500, mode: 1500, max: 4000 } },
      kansDoorbraak: { value: 0.5, unit: "fractie", source: ASSUMPTION, uncertainty: { dist: "pert", min: 0.3, mode: 0.5, max: 0.7 } },
      vermedenKosten: { value: 6000, unit: "euro per doorbraak", source: ASSUMPTION + " (driescenario-begroting)" },
    },
    costs: [{ id: "budget", label: "Resultaatvolgend budget", stakeholder: "gemeente", amount: "besluiten * bedragPerBesluit", years: years(5) }],
    benefits: [{ id: "doorbraak", label: "Vermeden regulier traject", stakeholder: "gemeente", category: "financial", quantity: "besluiten * kansDoorbraak", unitValue: "vermedenKosten", attribution: 0.2 }],
  },
  casusplatform: {
    ...base("Casusplatform", "Vastgelopen casussen binnen drie weken vlot met een ontschotter (Hillegom, Lisse, Teylingen)."),
    stakeholders,
    parameters: {
      casussen: { value: 40, unit: "casussen per jaar", source: ASSUMPTION },
      urenPerPlatform: { value: 12, unit: "professionele uren per casus", source: ASSUMPTION },
      uurtarief: { value: 75, unit: "euro per uur", source: ASSUMPTION },
      handgeld: { value: 30000, unit: "euro per jaar", source: ASSUMPTION },
      vermedenEscalatie: { value: 15000, unit: "euro per vlotgetrokken casus", source: ASSUMPTION, uncertainty: { dist: "pert", min: 5000, mode: 15000, max: 40000 } },
      aandeelVlot: { value: 0.6, unit: "fractie", source: ASSUMPTION },
    },
    costs: [
      { id: "platform", label: "Tijd van professionals", stakeholder: "gemeente", amount: "casussen * urenPerPlatform * uurtarief", years: years(5) },
      { id: "handgeld", label: "Handgeld ontschotter", stakeholder: "gemeente", amount: "handgeld", years: years(5) },
    ],
    benefits: [{ id: "escalatie", label: "Vermeden escalatie (uithuisplaatsing, zware zorg)", stakeholder: "gemeente", category: "financial", quantity: "casussen * aandeelVlot", unitValue: "vermedenEscalatie", deadweight: 0.3 }],
  },
};
