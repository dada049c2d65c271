import type { Contract, CreateContract, FINANCING } from "../../domain/monitor/dto";
import { centsInput, formatDate, formatDecimal, parseDecimal, parseDutchDate, parseEuroCents } from "../format";

export const MONITOR_PATH = "/monitor";
/** The monitor's views, each its own address so a view can be bookmarked and the browser's back works. */
export const MONITOR_VIEWS = [
  { key: "contracts", path: MONITOR_PATH },
  { key: "trajectories", path: `${MONITOR_PATH}/trajecten` },
  { key: "benchmarks", path: `${MONITOR_PATH}/benchmarks` },
  { key: "frontToBack", path: `${MONITOR_PATH}/voorkant` },
] as const;
export type MonitorView = (typeof MONITOR_VIEWS)[number]["key"];
export const monitorPath = (view: MonitorView) => MONITOR_VIEWS.find((v) => v.key === view)!.path;

export type Financing = (typeof FINANCING)[number];
export const FINANCING_VALUES: readonly Financing[] = ["lump_sum", "price_per_unit", "per_trajectory"];

/** A share as a Dutch percentage with one decimal. @example formatPercent(0.8333) // "83,3%" */
export const formatPercent = (share: number): string => `${formatDecimal(Math.round(share * 1000) / 10)}%`;

/** A traffic light as a badge: colour, an icon and words, so colour is never the only signal. */
export const LIGHTS = {
  groen: { status: "success", icon: "✓" },
  oranje: { status: "warning", icon: "!" },
  rood: { status: "danger", icon: "✗" },
  onbekend: { status: "neutral", icon: "?" },
} as const;
export type Light = keyof typeof LIGHTS;

/** The contract form as typed: amounts and targets with a decimal comma, dates as dd-mm-jjjj. */
export interface ContractFormValues {
  organisationId: string;
  name: string;
  financing: string;
  startsOn: string;
  endsOn: string;
  amount: string;
  targetStableOrBetterPercent: string;
  targetSatisfaction: string;
  targetReach: string;
}

export const emptyContractForm = (): ContractFormValues => ({
  organisationId: "",
  name: "",
  financing: "",
  startsOn: "",
  endsOn: "",
  amount: "",
  targetStableOrBetterPercent: "75",
  targetSatisfaction: "7,5",
  targetReach: "",
});

export const contractFormOf = (contract: Contract): ContractFormValues => ({
  organisationId: contract.organisationId,
  name: contract.name,
  financing: contract.financing,
  startsOn: formatDate(contract.startsOn),
  endsOn: formatDate(contract.endsOn),
  amount: centsInput(contract.amountCents),
  targetStableOrBetterPercent: formatDecimal(contract.targetStableOrBetter * 100),
  targetSatisfaction: formatDecimal(contract.targetSatisfaction),
  targetReach: contract.targetReach === null ? "" : String(contract.targetReach),
});

export type UnreadableContractField = "startsOn" | "endsOn" | "amountCents" | "targetStableOrBetter" | "targetSatisfaction" | "targetReach";

/**
 * The form as the API takes it, and which fields the page could not read. Unreadable input goes to the server as
 * typed, so it answers with every field problem at once; the page then shows its own message for those fields.
 */
export const contractInputOf = (values: ContractFormValues): { input: CreateContract; unreadable: UnreadableContractField[] } => {
  const unreadable: UnreadableContractField[] = [];
  const read = <T>(field: UnreadableContractField, text: string, parsed: T | null): T => {
    if (parsed === null) unreadable.push(field);
    return parsed ?? (text as unknown as T);
  };
  const percent = parseDecimal(values.targetStableOrBetterPercent);
  const reach = values.targetReach.trim() === "" ? null : /^\s*\d+\s*$/.test(values.targetReach) ? Number(values.targetReach) : undefined;
  if (reach === undefined) unreadable.push("targetReach");
  return {
    input: {
      organisationId: values.organisationId,
      name: values.name,
      financing: values.financing as Financing,
      startsOn: read("startsOn", values.startsOn, parseDutchDate(values.startsOn)),
      endsOn: read("endsOn", values.endsOn, parseDutchDate(values.endsOn)),
      amountCents: read("amountCents", values.amount, parseEuroCents(values.amount)),
      targetStableOrBetter: read("targetStableOrBetter", values.targetStableOrBetterPercent, percent === null ? null : percent / 100),
      targetSatisfaction: read("targetSatisfaction", values.targetSatisfaction, parseDecimal(values.targetSatisfaction)),
      targetReach: reach === undefined ? (values.targetReach as unknown as number) : reach,
    },
    unreadable,
  };
};

/** A period as typed (dd-mm-jjjj) and as the API takes it. */
export interface Period {
  from: string;
  to: string;
}

/** The KPI period of a contract: from its start to today, or to its end when it has ended. */
export const contractPeriod = (contract: Contract, today: string): Period => ({
  from: contract.startsOn,
  to: contract.endsOn < today ? contract.endsOn : today < contract.startsOn ? contract.startsOn : today,
});

/** From 1 January of last year to today: long enough for five trajectories per group in most municipalities. */
/** The hourly rate the monitor starts with (€ 75), until the user types their own. */
export const START_RATE_CENTS = 7_500;

export const defaultPeriod = (today: string): Period => ({ from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: today });

/** The own municipality in the statistics: the one the tenant is named after, else the first. */
export const ownMunicipalityOf = (municipalities: readonly string[], tenantName: string): string =>
  municipalities.find((m) => tenantName.toLowerCase().includes(m.toLowerCase())) ?? municipalities[0] ?? "";
