import type { RegistrationFigures, RegistrationFiguresQuery } from "./dto";
import { figuresOfCounts } from "./figures-of-counts";
import type { RegistrationFiguresRepository } from "./repository";

/**
 * The live registration figures of a period, for linking model parameters (MKBA studio, ex-post). The route
 * demands `mkba:use`; aggregates only, small counts suppressed.
 */
export async function registrationFigures(repo: RegistrationFiguresRepository, tenantId: string, query: RegistrationFiguresQuery): Promise<RegistrationFigures> {
  const counts = await repo.counts(tenantId, query);
  return { from: query.from, to: query.to, figures: figuresOfCounts(counts) };
}
