import type { AddMeasurement, Instrument } from "./dto";

/** Every score must name a domain of the instrument, once, with one of its levels. */
export function checkScores(instrument: Instrument, scores: AddMeasurement["scores"]): { path: string; message: string }[] {
  const domains = new Set(instrument.domains.map((d) => d.code));
  const levels = new Set(instrument.levels.map((l) => l.value));
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  scores.forEach((score, i) => {
    if (!domains.has(score.domain)) issues.push({ path: `scores.${i}.domain`, message: "Dit domein hoort niet bij het instrument" });
    else if (seen.has(score.domain)) issues.push({ path: `scores.${i}.domain`, message: "Dit domein is al gescoord" });
    if (!levels.has(score.level)) issues.push({ path: `scores.${i}.level`, message: `Kies een niveau van ${Math.min(...levels)} tot en met ${Math.max(...levels)}` });
    seen.add(score.domain);
  });
  return issues;
}

/** The follow-up measurement is due six calendar months after the start measurement. */
export function followUpDate(measuredOn: string): string {
  const date = new Date(`${measuredOn}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + 6);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString().slice(0, 10);
}
