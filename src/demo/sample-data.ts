import type { Db } from "../db/connection";
import {
  caseHours,
  caseParticipants,
  caseScenarios,
  caseStatusChanges,
  cases,
  conversations,
  households,
  measurements,
  networkMembers,
  persons,
  planResources,
  plans,
  priceListItems,
  questions,
  tasks,
  teams,
  users,
} from "../db/schema/index";
import { withTenant } from "../db/tenant-context";
import { eq } from "drizzle-orm";
import { type Random, seededRandom } from "./random";
import { addDays } from "../domain/calendar";

const GIVEN = ["Anna", "Mohamed", "Sanne", "Daan", "Fatima", "Lucas", "Emma", "Noah", "Yara", "Sem", "Iris", "Bram", "Aylin", "Finn", "Lotte", "Youssef", "Julia", "Milan", "Sara", "Thomas"];
const FAMILY = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Yilmaz", "El Amrani", "Dekker", "van Dijk", "Kaya", "Brouwer", "de Wit"];
const STREETS = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Julianalaan", "Beatrixstraat", "Lindelaan", "Esdoornhof", "Havenkade"];
const TOPICS = ["wonen", "geldzaken", "zorg_en_gezondheid", "opvoeding_en_jeugd", "werk_en_inkomen", "eenzaamheid_en_contact", "veiligheid", "overig"] as const;
const CHANNELS = ["telefoon", "balie", "email", "website", "huisbezoek", "verwijzing"] as const;
const GOALS = [
  "Ik wil weer overzicht over mijn geld",
  "De kinderen gaan elke dag naar school",
  "Ik wil mensen ontmoeten in de buurt",
  "Ik wil zelf mijn boodschappen kunnen doen",
  "We willen minder ruzie thuis",
  "Ik wil een dagritme met iets zinvols te doen",
];
const STATUS_ORDER = ["open", "plan", "in_uitvoering", "evaluatie", "afgesloten"] as const;
const OUTCOMES = ["maatwerk_nodig", "lichte_vorm", "andere_oplossing"] as const;
const RESOURCES = ["eigen_kracht", "netwerk", "vrijwilliger", "algemene_voorziening", "lichte_ondersteuning", "maatwerkvoorziening"] as const;
const ZRM_DOMAINS = ["financien", "huisvesting", "huiselijke_relaties", "geestelijke_gezondheid", "sociaal_netwerk", "tijdsbesteding"] as const;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Fills the demo municipality with fictional households, questions and cases in every stage, with
 * plans, scenarios, hours and measurements, so every screen shows something real. Deterministic
 * (seeded) relative to `today`. All names are invented.
 */
export async function generateSampleData(db: Db, tenantId: string, options: { households: number; today: Date; seed?: number }): Promise<{ households: number; cases: number; questions: number }> {
  const random = seededRandom(options.seed ?? 20261123);
  const today = isoDay(options.today);
  return withTenant(db, tenantId, async (tx) => {
    const teamRows = await tx.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.tenantId, tenantId));
    const userRows = await tx.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.tenantId, tenantId));
    const priceRows = await tx.select().from(priceListItems).where(eq(priceListItems.tenantId, tenantId));
    const wijkteams = teamRows.filter((t) => t.name.startsWith("Wijkteam"));
    const directors = userRows.filter((u) => u.roles.includes("sociaal_werker") || u.roles.includes("ontschotter")).map((u) => u.id);
    const triagist = userRows.find((u) => u.roles.includes("triagist"))?.id ?? directors[0]!;
    const maatwerk = priceRows.filter((p) => p.code.startsWith("WMO-") || p.code.startsWith("JW-"));
    let caseCount = 0;
    let questionCount = 0;

    for (let h = 0; h < options.households; h++) {
      const family = random.pick(FAMILY);
      const team = wijkteams.length > 0 ? random.pick(wijkteams) : teamRows[0]!;
      const [household] = await tx
        .insert(households)
        .values({ tenantId, name: `Huishouden ${family}`, street: random.pick(STREETS), houseNumber: String(random.int(1, 180)), postcode: `${random.int(1000, 9999)} ${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`, city: "Voorbeeld", teamId: team.id })
        .returning({ id: households.id });
      const householdId = household!.id;
      const size = random.int(1, 4);
      await tx.insert(persons).values(
        Array.from({ length: size }, (_, i) => ({
          tenantId,
          householdId,
          givenName: random.pick(GIVEN),
          familyName: family,
          birthDate: i === 0 ? `${random.int(1945, 1995)}-0${random.int(1, 9)}-1${random.int(0, 9)}` : `${random.int(2008, 2022)}-0${random.int(1, 9)}-2${random.int(0, 8)}`,
          relation: i === 0 ? "hoofd" : i === 1 && random.chance(0.5) ? "partner" : "kind",
        })),
      );
      if (random.chance(0.6)) {
        await tx.insert(networkMembers).values({ tenantId, householdId, name: `${random.pick(GIVEN)} ${random.pick(FAMILY)}`, kind: random.pick(["familie", "buren", "vrienden", "vrijwilliger"]), phone: `06-${random.int(10000000, 99999999)}` });
      }
      // Most households came in through the front door; the case opened some days after the question.
      const ageDays = random.int(5, 540);
      const receivedOn = addDays(today, -ageDays);
      const [question] = await tx
        .insert(questions)
        .values({ tenantId, receivedOn, channel: random.pick(CHANNELS), topic: random.pick(TOPICS), asked: "Vraag om ondersteuning thuis (demo).", residentName: `${random.pick(GIVEN)} ${family}`, registeredBy: triagist, outcome: "needs_conversation", triagedBy: triagist, triagedAt: new Date(`${receivedOn}T10:00:00Z`) })
        .returning({ id: questions.id });
      questionCount += 1;
      if (!random.chance(0.9)) continue;
      caseCount += await generateCase(tx as unknown as Db, random, { tenantId, householdId, questionId: question!.id, householdName: `Huishouden ${family}`, openedOn: addDays(receivedOn, random.int(1, 10)), today, director: random.pick(directors), maatwerk });
    }
    // Questions closed at the front door: no dossier.
    for (let q = 0; q < Math.round(options.households * 0.8); q++) {
      const receivedOn = addDays(today, -random.int(0, 540));
      const outcome = random.chance(0.6) ? "solved_directly" : random.chance(0.1) ? null : "referred_elsewhere";
      await tx.insert(questions).values({
        tenantId,
        receivedOn,
        channel: random.pick(CHANNELS),
        topic: random.pick(TOPICS),
        asked: "Korte vraag aan de voordeur (demo).",
        residentName: random.chance(0.4) ? null : `${random.pick(GIVEN)} ${random.pick(FAMILY)}`,
        registeredBy: triagist,
        outcome,
        referredTo: outcome === "referred_elsewhere" ? random.pick(["Schuldhulpverlening", "Huisarts", "Woningcorporatie", "UWV"]) : null,
        triagedBy: outcome ? triagist : null,
        triagedAt: outcome ? new Date(`${receivedOn}T11:00:00Z`) : null,
      });
      questionCount += 1;
    }
    return { households: options.households, cases: caseCount, questions: questionCount };
  });
}

interface CaseSeed {
  tenantId: string;
  householdId: string;
  questionId: string;
  householdName: string;
  openedOn: string;
  today: string;
  director: string;
  maatwerk: (typeof priceListItems.$inferSelect)[];
}

async function generateCase(tx: Db, random: Random, seed: CaseSeed): Promise<number> {
  const { tenantId, today } = seed;
  const openedOn = seed.openedOn > today ? today : seed.openedOn;
  const days = Math.max(0, (new Date(today).getTime() - new Date(openedOn).getTime()) / 86_400_000);
  // Older cases got further: a case of a year old is usually closed.
  const reach = Math.min(4, Math.floor((days / 90) * random.next() * 2.2));
  const status = STATUS_ORDER[reach]!;
  const closed = status === "afgesloten";
  const closedOn = closed ? addDays(openedOn, Math.min(days, random.int(60, 300))) : null;
  const [row] = await tx
    .insert(cases)
    .values({ tenantId, householdId: seed.householdId, questionId: seed.questionId, caseDirectorId: seed.director, status, openedOn, closedOn, closingOutcome: closed ? random.pick(OUTCOMES) : null, satisfaction: closed && random.chance(0.8) ? random.int(5, 10) : null })
    .returning({ id: cases.id });
  const caseId = row!.id;
  const lastDay = closedOn ?? today;
  const stepDays = Math.max(1, Math.floor((new Date(lastDay).getTime() - new Date(openedOn).getTime()) / 86_400_000 / (reach + 1)));
  await tx.insert(caseStatusChanges).values(STATUS_ORDER.slice(0, reach + 1).map((s, i) => ({ tenantId, caseId, status: s, changedOn: s === "afgesloten" ? closedOn! : addDays(openedOn, i * stepDays), changedBy: seed.director })));
  await tx.insert(caseParticipants).values([
    { tenantId, caseId, role: "inwoner", name: seed.householdName.replace("Huishouden ", "Bewoner ") },
    { tenantId, caseId, role: "sociaal_werker", name: "Regisseur", userId: seed.director },
  ]);
  const span = Math.max(1, Math.floor((new Date(lastDay).getTime() - new Date(openedOn).getTime()) / 86_400_000));
  const talks = random.int(1, 4);
  await tx.insert(conversations).values(Array.from({ length: talks }, () => ({ tenantId, caseId, heldOn: addDays(openedOn, random.int(0, span)), kind: random.pick(["keukentafelgesprek", "huisbezoek", "telefonisch", "overleg"]), participants: ["Bewoner", "Regisseur"], recordedBy: seed.director })));
  await tx.insert(caseHours).values(Array.from({ length: random.int(2, 10) }, () => ({ tenantId, caseId, workedOn: addDays(openedOn, random.int(0, span)), userId: seed.director, activity: random.pick(["gesprek", "coordinatie", "uitvoering", "overleg", "administratie", "reistijd"]), minutes: 15 * random.int(2, 12) })));
  if (reach >= 1) {
    // Drawn up on the day the case moved to "plan", the costing a few days later (no draw from the generator:
    // the rest of the demo stays as it was), so the timeline reads in the order the work was done.
    const elapsed = Math.max(0, Math.floor((new Date(lastDay).getTime() - new Date(openedOn).getTime()) / 86_400_000));
    const planSavedAt = new Date(`${addDays(openedOn, Math.min(stepDays, elapsed))}T09:00:00Z`);
    await tx.insert(plans).values({ tenantId, caseId, createdAt: planSavedAt, updatedAt: planSavedAt, goals: [random.pick(GOALS), random.pick(GOALS)].filter((g, i, all) => all.indexOf(g) === i), agreements: ["We evalueren samen over zes weken"] });
    const kinds = [random.pick(RESOURCES), random.pick(RESOURCES)];
    for (const kind of kinds) {
      const price = kind === "maatwerkvoorziening" && seed.maatwerk.length > 0 ? random.pick(seed.maatwerk) : null;
      const quantity = price ? random.int(10, 80) : null;
      await tx.insert(planResources).values({ tenantId, caseId, kind: price ? kind : kind === "maatwerkvoorziening" ? "lichte_ondersteuning" : kind, description: price ? price.label : `Hulpbron: ${kind.replace("_", " ")}`, priceItemId: price?.id ?? null, quantity, amountCents: price && quantity ? price.priceCents * quantity : null });
    }
    if (random.chance(0.5) && seed.maatwerk.length > 0) {
      const regular = random.pick(seed.maatwerk);
      const costedAt = new Date(`${addDays(openedOn, Math.min(stepDays + 3, elapsed))}T09:00:00Z`);
      await tx.insert(caseScenarios).values({
        tenantId,
        caseId,
        createdAt: costedAt,
        updatedAt: costedAt,
        lines: {
          niets_doen: [{ label: "Escalatie naar zwaardere zorg", priceItemId: null, unitPriceCents: 2_500_000, quantity: 1, periods: 1, payer: "wlz", probability: 0.15 }],
          regulier: [{ label: regular.label, priceItemId: regular.id, unitPriceCents: regular.priceCents, quantity: random.int(4, 16), periods: 6, payer: regular.payer, probability: 1 }],
          alternatief: [{ label: "Informele dagbesteding", priceItemId: null, unitPriceCents: 500, quantity: 8, periods: 6, payer: "huishouden", probability: 1 }],
        },
        justification: { rechtmatigheid: "Binnen de verordening", rendement: "Lagere kosten, zelfde doel", betrokkenheid: "Gekozen door het huishouden" },
      });
    }
  }
  if (reach >= 2) {
    const domains = [random.pick(ZRM_DOMAINS), random.pick(ZRM_DOMAINS)].filter((d, i, all) => all.indexOf(d) === i);
    const startOn = addDays(openedOn, Math.min(span, 14));
    await tx.insert(measurements).values({ tenantId, caseId, instrumentCode: "zrm", moment: "start", measuredOn: startOn, scores: domains.map((domain) => ({ domain, level: random.int(1, 3), reason: "Hoort bij de hulpvraag" })), recordedBy: seed.director });
    const followUp = addDays(startOn, 182);
    if (followUp <= lastDay) {
      await tx.insert(measurements).values({ tenantId, caseId, instrumentCode: "zrm", moment: "na_6_maanden", measuredOn: followUp, scores: domains.map((domain) => ({ domain, level: random.int(2, 5), reason: "Vervolgmeting" })), recordedBy: seed.director });
    } else if (!closedOn) {
      await tx.insert(tasks).values({ tenantId, title: `Vervolgmeting na 6 maanden: ${seed.householdName}`, dueOn: followUp, assigneeId: seed.director, subjectType: "case", subjectId: caseId, createdBy: seed.director });
    }
  }
  return 1;
}
