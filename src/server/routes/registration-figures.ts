import { createRegistrationFiguresRepository } from "../../db/repositories/registration-figures";
import { registrationFiguresQuerySchema, registrationFiguresSchema } from "../../domain/registration-figures/dto";
import { registrationFigures } from "../../domain/registration-figures/service";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

/** Aggregates only (no personal data, so no audit entry); counts below 5 are suppressed. */
export const registrationFigureRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/registration-figures",
    tag: "MKBA",
    summary: "Live registration figures of a period for linking model parameters: cases opened and closed, panel effect share, hours per case, budget spent",
    permission: "mkba:use",
    query: registrationFiguresQuerySchema,
    responses: { 200: { description: "Figures (money in cents; counts below 5 suppressed)", schema: registrationFiguresSchema } },
    async handler({ tx, tenantId, query }) {
      return ok(await registrationFigures(createRegistrationFiguresRepository(tx), tenantId, query));
    },
  }),
];
