/** One meeting of a demo platform, `afterDays` after the escalation; action due dates are days after the meeting. */
export interface DemoMeeting {
  readonly afterDays: number;
  readonly invited: readonly string[];
  readonly residentJoined: boolean;
  readonly firstQuestion: string;
  readonly ideas: readonly string[];
  readonly breakthrough?: string;
  /** Only the ontschotter records one (platform service). */
  readonly mandatedDecision?: string;
  readonly actions: readonly { readonly what: string; readonly owner: string; readonly inDays: number }[];
}

/** One stuck case on the demo's casusplatform, escalated `daysAgo` days before today by the team's social worker. */
export interface DemoPlatformCase {
  readonly team: "Wijkteam Noord" | "Wijkteam Zuid";
  readonly daysAgo: number;
  readonly reason: string;
  /** Days from escalation to vlot; null while it is still stuck. */
  readonly unstuckAfter: number | null;
  readonly meetings: readonly DemoMeeting[];
  readonly evaluation?: { readonly whatWorked: string; readonly lessons: string; readonly blockingRule: string | null };
}

/**
 * The demo's casusplatform, after the ontschotter of Hillegom, Lisse and Teylingen (seed article 001): all
 * professionals around one table, starting from the resident's first question, not leaving before a breakthrough,
 * and the ontschotter's mandate when they cannot agree. Six cases came loose within the three-week target, two
 * took longer, one is still stuck past it and one was escalated this week — so the overdue list, the median and
 * P90 of days to vlot (from 5 cases on) and the evaluation search all show something. Every story is invented.
 */
export const DEMO_PLATFORM_CASES: readonly DemoPlatformCase[] = [
  {
    team: "Wijkteam Noord",
    daysAgo: 200,
    reason: "Jongvolwassene moet uit haar kamer; met een laag inkomen en schulden krijgt ze geen nieuwe kamer en het noodfonds wees de garantstelling af.",
    unstuckAfter: 13,
    meetings: [
      {
        afterDays: 4,
        invited: ["Woningcorporatie", "Schuldhulpverlening", "Noodfonds", "Jongerenwerker"],
        residentJoined: true,
        firstQuestion: "Waar slaap ik volgende maand?",
        ideas: ["Garantstelling voor één maand huur", "Tijdelijk logeren bij een tante", "Schuldhulp starten zodra er een adres is"],
        breakthrough: "De verhuurder accepteert haar als iemand garant staat voor één maand huur.",
        mandatedDecision: "Het noodfonds mag kamers niet dekken; de ontschotter staat uit het handgeld garant voor één maand huur.",
        actions: [
          { what: "Garantstelling naar de verhuurder sturen", owner: "Ontschotter", inDays: 1 },
          { what: "Intake schuldhulpverlening plannen", owner: "Schuldhulpverlening", inDays: 7 },
        ],
      },
    ],
    evaluation: {
      whatWorked: "De verhuurder aan tafel en één besluit ter plekke: binnen twee weken een nieuwe kamer.",
      lessons: "Jongeren met een kamer vallen tussen wal en schip; de garantstelling is goedkoper dan opvang.",
      blockingRule: "Noodfonds: garantstelling alleen bij zelfstandige woonruimte",
    },
  },
  {
    team: "Wijkteam Zuid",
    daysAgo: 175,
    reason: "Meneer met veel beperkingen kan elk moment vallen en dan geen hulp inroepen; een verpleeghuis dreigt, maar hij wil thuis blijven.",
    unstuckAfter: 19,
    meetings: [
      {
        afterDays: 6,
        invited: ["Fysiotherapeut", "Huisarts", "Wmo-consulent", "Thuiszorg"],
        residentJoined: false,
        firstQuestion: "Hoe kan ik thuis blijven wonen zonder bang te zijn dat niemand me vindt?",
        ideas: ["Personenalarmering", "Meer thuiszorg 's nachts", "Een hulphond die een alarmbel kan indrukken"],
        breakthrough: "De fysiotherapeut stelt een hulphond voor; meneer houdt van honden en de Wmo-consulent neemt de aanvraag mee.",
        actions: [
          { what: "Hulphondenschool benaderen", owner: "Wmo-consulent", inDays: 5 },
          { what: "Voorfinanciering aanvragen bij het resultaatvolgend budget", owner: "Sociaal werker", inDays: 3 },
        ],
      },
    ],
    evaluation: {
      whatWorked: "De fysiotherapeut dacht buiten zijn discipline: de hulphond kwam uit een andere hoek dan zorg.",
      lessons: "Vraag ook professionals die niet over het loket gaan; de hulphond is goedkoper dan een verpleeghuis.",
      blockingRule: "Wmo-verordening kent de hulphond niet als voorziening",
    },
  },
  {
    team: "Wijkteam Noord",
    daysAgo: 150,
    reason: "Mevrouw kan een baan in de zorg krijgen, maar de diensten zijn buiten de regio en niet met het openbaar vervoer te bereiken.",
    unstuckAfter: 8,
    meetings: [
      {
        afterDays: 3,
        invited: ["Werkcoach Participatiewet", "Werkgever thuiszorg", "Schuldhulpverlening"],
        residentJoined: true,
        firstQuestion: "Hoe kom ik op tijd bij mijn werk?",
        ideas: ["Carpoolen met collega's", "Een auto uit het resultaatvolgend budget met een voorwaardelijke afspraak", "Andere diensten vragen"],
        breakthrough: "Een tweedehands auto, kwijtgescholden als zij de baan zes maanden houdt.",
        actions: [{ what: "Verzoek indienen bij het resultaatvolgend budget", owner: "Sociaal werker", inDays: 2 }],
      },
    ],
    evaluation: {
      whatWorked: "De werkgever zat aan tafel en kon de startdatum een week opschuiven.",
      lessons: "Een voorwaardelijke afspraak maakt een grote uitgave uitlegbaar aan de wethouder en aan de buurvrouw.",
      blockingRule: "Participatiewet vergoedt geen auto",
    },
  },
  {
    team: "Wijkteam Zuid",
    daysAgo: 128,
    reason: "Jongere met meervoudige problemen is hulpverleningsmoe; drie trajecten jeugdhulp zijn afgebroken.",
    unstuckAfter: 16,
    meetings: [
      {
        afterDays: 5,
        invited: ["Jeugdhulpaanbieder", "Leerplichtambtenaar", "Sportschool De Ring", "Jongerenwerker"],
        residentJoined: true,
        firstQuestion: "Ik wil gewoon iets doen waar ik goed in ben.",
        ideas: ["Trainen bij de sportschool van ervaringsdeskundigen", "Werkervaringsplek", "Nieuw jeugdhulptraject"],
        breakthrough: "De sportschool neemt hem drie maanden onder de hoede; de jeugdhulp stopt en blijft op afroep.",
        actions: [
          { what: "Afspraken met de sportschool op papier", owner: "Sociaal werker", inDays: 4 },
          { what: "Leerplicht informeren over het nieuwe ritme", owner: "Leerplichtambtenaar", inDays: 7 },
        ],
      },
    ],
    evaluation: {
      whatWorked: "Iemand die hij vertrouwde in plaats van weer een nieuwe hulpverlener.",
      lessons: "Ervaringsdeskundigen bereiken jongeren die de hulpverlening niet meer bereikt.",
      blockingRule: "Alleen gecontracteerde aanbieders mogen begeleiding bieden",
    },
  },
  {
    team: "Wijkteam Noord",
    daysAgo: 105,
    reason: "Mevrouw heeft chronische pijn; de nieuwe behandelmethode wordt niet vergoed en zij kan die niet betalen.",
    unstuckAfter: 11,
    meetings: [
      {
        afterDays: 4,
        invited: ["Huisarts", "Pijnkliniek", "Zorgverzekeraar", "Werkcoach"],
        residentJoined: false,
        firstQuestion: "Ik wil weer kunnen werken zonder pijn.",
        ideas: ["Voorfinanciering en een claim bij de zorgverzekeraar", "Bezwaar tegen de afwijzing", "Reguliere behandeling voortzetten"],
        breakthrough: "Het resultaatvolgend budget financiert voor; de verzekeraar wordt om vergoeding gevraagd.",
        actions: [{ what: "Claim indienen bij de zorgverzekeraar", owner: "Sociaal werker", inDays: 14 }],
      },
    ],
    evaluation: {
      whatWorked: "Voorfinancieren in plaats van wachten op de verzekeraar.",
      lessons: "Een claim bij de zorgverzekeraar kan worden afgewezen; reken de voorfinanciering daarom niet als zekere terugbetaling.",
      blockingRule: "Zorgverzekeraar vergoedt de nieuwe behandelmethode niet",
    },
  },
  {
    team: "Wijkteam Zuid",
    daysAgo: 84,
    reason: "Gezin met een huurachterstand; de woningcorporatie wil eerst een betalingsregeling, de schuldhulp wil eerst stabiliteit.",
    unstuckAfter: 20,
    meetings: [
      {
        afterDays: 7,
        invited: ["Woningcorporatie", "Schuldhulpverlening", "Budgetcoach"],
        residentJoined: true,
        firstQuestion: "Mogen we in ons huis blijven?",
        ideas: ["Huur rechtstreeks laten inhouden op de uitkering", "Budgetbeheer", "Ontruiming een maand uitstellen"],
        breakthrough: "De corporatie zet de ontruiming stop zodra de huur rechtstreeks wordt betaald.",
        actions: [
          { what: "Inhouding van de huur regelen", owner: "Budgetcoach", inDays: 5 },
          { what: "Stopzetting ontruiming bevestigen", owner: "Woningcorporatie", inDays: 3 },
        ],
      },
    ],
    evaluation: {
      whatWorked: "De corporatie en de schuldhulp spraken elkaar rechtstreeks in plaats van via het gezin.",
      lessons: "Wie wacht op wie: één gesprek haalde de kip-of-ei-situatie weg.",
      blockingRule: "Schuldhulpverlening start pas na stabilisatie van de vaste lasten",
    },
  },
  {
    team: "Wijkteam Noord",
    daysAgo: 70,
    reason: "Kind zit al maanden thuis; school wacht op jeugdhulp, jeugdhulp heeft een wachtlijst.",
    unstuckAfter: 27,
    meetings: [
      {
        afterDays: 5,
        invited: ["Intern begeleider", "Jeugdhulpaanbieder", "Leerplichtambtenaar", "Jeugdarts"],
        residentJoined: true,
        firstQuestion: "Wanneer mag mijn zoon weer naar school?",
        ideas: ["Halve dagen naar school met een onderwijsassistent", "Overbrugging door de jeugdarts", "Andere school"],
        actions: [{ what: "Plan voor halve dagen opstellen", owner: "Intern begeleider", inDays: 10 }],
      },
      {
        afterDays: 19,
        invited: ["Intern begeleider", "Jeugdhulpaanbieder", "Leerplichtambtenaar"],
        residentJoined: true,
        firstQuestion: "Wanneer mag mijn zoon weer naar school?",
        ideas: ["Jeugdhulp start op school in plaats van thuis"],
        breakthrough: "De jeugdhulpaanbieder begint op school; de wachtlijst geldt niet voor groepsbegeleiding.",
        actions: [{ what: "Eerste groepsbijeenkomst op school", owner: "Jeugdhulpaanbieder", inDays: 7 }],
      },
    ],
    evaluation: {
      whatWorked: "Een tweede platform met alleen de partijen die konden schuiven.",
      lessons: "Vraag eerder welke vorm van hulp géén wachtlijst heeft.",
      blockingRule: "Wachtlijst jeugdhulp; school en jeugdhulp wachten op elkaar",
    },
  },
  {
    team: "Wijkteam Zuid",
    daysAgo: 63,
    reason: "Mantelzorger is overbelast; dagbesteding voor haar man vraagt een Wlz-indicatie en de Wmo verwijst naar de Wlz.",
    unstuckAfter: 34,
    meetings: [
      {
        afterDays: 6,
        invited: ["Wmo-consulent", "Casemanager dementie", "Zorgkantoor", "Mantelzorgsteunpunt"],
        residentJoined: false,
        firstQuestion: "Ik kan het niet meer alleen; wie neemt het even over?",
        ideas: ["Respijtzorg via het steunpunt", "Tijdelijke dagbesteding via de Wmo tot de Wlz-indicatie er is"],
        actions: [
          { what: "Wlz-aanvraag met spoed indienen", owner: "Casemanager dementie", inDays: 7 },
          { what: "Respijtzorg regelen", owner: "Mantelzorgsteunpunt", inDays: 5 },
        ],
      },
      {
        afterDays: 27,
        invited: ["Wmo-consulent", "Casemanager dementie", "Zorgkantoor"],
        residentJoined: false,
        firstQuestion: "Ik kan het niet meer alleen; wie neemt het even over?",
        ideas: ["Wmo betaalt de dagbesteding tot de Wlz-indicatie ingaat"],
        breakthrough: "Het zorgkantoor geeft de indicatie met terugwerkende kracht; tot dan loopt de dagbesteding via de Wmo.",
        actions: [{ what: "Overgang van Wmo naar Wlz afstemmen", owner: "Wmo-consulent", inDays: 14 }],
      },
    ],
    evaluation: {
      whatWorked: "Het zorgkantoor aan tafel: de indicatie met terugwerkende kracht loste het gat op.",
      lessons: "Bij een Wlz-aanvraag het zorgkantoor meteen uitnodigen; het eerste platform had dat moeten doen.",
      blockingRule: "Wmo verwijst naar de Wlz voor dagbesteding zonder overbrugging",
    },
  },
  {
    team: "Wijkteam Noord",
    daysAgo: 34,
    reason: "Vader met psychische klachten wil geen hulp meer thuis; de kinderen verzuimen en de huur loopt achter.",
    unstuckAfter: null,
    meetings: [
      {
        afterDays: 8,
        invited: ["GGZ-team", "Intern begeleider", "Woningcorporatie", "Jeugd- en gezinswerker"],
        residentJoined: false,
        firstQuestion: "Laat ons met rust.",
        ideas: ["Eén vaste contactpersoon in plaats van vier", "Oma betrekken", "Huurachterstand eerst oplossen"],
        actions: [
          { what: "Oma uitnodigen voor een gesprek", owner: "Jeugd- en gezinswerker", inDays: 7 },
          { what: "Huurachterstand in kaart brengen", owner: "Woningcorporatie", inDays: 10 },
        ],
      },
    ],
  },
  {
    team: "Wijkteam Zuid",
    daysAgo: 5,
    reason: "Moeder van drie wacht al vier maanden op een beslissing over bewindvoering; ondertussen stapelen de schulden zich op.",
    unstuckAfter: null,
    meetings: [],
  },
];
