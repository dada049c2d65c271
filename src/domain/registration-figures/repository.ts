/** The raw counts behind the registration figures of one period; no case is named. */
export interface RegistrationCounts {
  readonly casesOpened: number;
  readonly casesClosed: number;
  /** All hours registered on the cases closed in the period, in minutes. */
  readonly closedCaseMinutes: number;
  /** Closed cases in the period with a panel consensus, and how many of those found an effect. */
  readonly judged: number;
  readonly judgedWithEffect: number;
  /** Flexible-budget spending booked in the period: the number of bookings and their total (positive cents). */
  readonly spendBookings: number;
  readonly spentCents: number;
}

export interface RegistrationFiguresRepository {
  counts(tenantId: string, period: { from: string; to: string }): Promise<RegistrationCounts>;
}
