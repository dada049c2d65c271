import { daysBetween } from "../calendar";
import type { CaseFile } from "../cases/dto";
import type { Measurement } from "../outcomes/dto";
import type { Resource } from "../plans/dto";
import type { Packet } from "./dto";

/**
 * The pseudonymised review packet of a case: what happened, not who. No names, BSN, addresses, notes or
 * reasons (free text can identify people; the case director writes a checked summary instead), and every
 * date as days since the opening, so the case cannot be found in a calendar.
 */
export function buildPacket(file: CaseFile, resources: readonly Resource[], measurements: readonly Measurement[], productLabel: (priceItemId: string) => string | null): Packet {
  const day = (date: string) => daysBetween(file.openedOn, date);
  const hoursByActivity: Record<string, number> = {};
  for (const entry of file.hours) hoursByActivity[entry.activity] = (hoursByActivity[entry.activity] ?? 0) + entry.minutes / 60;
  return {
    durationDays: file.closedOn ? day(file.closedOn) : null,
    steps: file.statusHistory.map((s) => ({ status: s.status, day: day(s.changedOn) })),
    conversations: file.conversations.map((c) => ({ day: day(c.heldOn), kind: c.kind, participantCount: c.participants.length })),
    hoursByActivity,
    totalHours: file.totalMinutes / 60,
    resources: resources.map((r) => ({ kind: r.kind, product: r.priceItemId ? productLabel(r.priceItemId) : null })),
    measurements: measurements.map((m) => ({ day: day(m.measuredOn), moment: m.moment, scores: m.scores.map((s) => ({ domain: s.domain, level: s.level })) })),
    closingOutcome: file.closingOutcome,
    satisfaction: file.satisfaction,
  };
}
