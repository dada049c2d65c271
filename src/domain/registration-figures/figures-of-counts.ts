import { SMALL_COUNT_THRESHOLD } from "../privacy/suppress-small-counts";
import type { RegistrationFigure } from "./dto";
import { FIGURE_UNITS } from "./dto";
import type { RegistrationCounts } from "./repository";

const isSmall = (n: number) => n > 0 && n < SMALL_COUNT_THRESHOLD;

/**
 * A figure resting on `basis` cases (or bookings): suppressed when 1–4 (a policy role could recognise a household),
 * null when there is nothing to divide by.
 */
const figure = (key: RegistrationFigure["key"], basis: number, value: () => number | null): RegistrationFigure =>
  isSmall(basis) ? { key, unit: FIGURE_UNITS[key], value: null, basis: null, suppressed: true } : { key, unit: FIGURE_UNITS[key], value: value(), basis, suppressed: false };

/**
 * The registration figures of a period from its raw counts, with small counts suppressed (`domain/privacy`).
 * @example figuresOfCounts({ casesClosed: 10, closedCaseMinutes: 1200, … })[3] // { key: "hours_per_case", value: 2, basis: 10, … }
 */
export function figuresOfCounts(counts: RegistrationCounts): RegistrationFigure[] {
  return [
    figure("cases_opened", counts.casesOpened, () => counts.casesOpened),
    figure("cases_closed", counts.casesClosed, () => counts.casesClosed),
    figure("effect_share", counts.judged, () => (counts.judged === 0 ? null : counts.judgedWithEffect / counts.judged)),
    figure("hours_per_case", counts.casesClosed, () => (counts.casesClosed === 0 ? null : counts.closedCaseMinutes / 60 / counts.casesClosed)),
    figure("budget_spent", counts.spendBookings, () => counts.spentCents),
  ];
}
