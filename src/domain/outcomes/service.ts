import type { Me } from "../accounts/dto";
import type { CasesRepository } from "../cases/repository";
import { getCase } from "../cases/service";
import { AppError, validationFailed } from "../errors";
import type { TasksRepository } from "../tasks/repository";
import { checkScores, followUpDate } from "./check-scores";
import type { AddMeasurement, CreateInstrument, Instrument, Measurement } from "./dto";
import type { OutcomesRepository } from "./repository";
import { SELF_RELIANCE_MATRIX } from "./self-reliance-matrix";
import { dutchToday } from "../calendar";

export interface OutcomesDeps {
  readonly outcomes: OutcomesRepository;
  readonly cases: CasesRepository;
  readonly tasks: TasksRepository;
  readonly now: () => Date;
}


export async function listInstruments(deps: Pick<OutcomesDeps, "outcomes">, tenantId: string): Promise<Instrument[]> {
  return [SELF_RELIANCE_MATRIX, ...(await deps.outcomes.instruments(tenantId))];
}

export async function createInstrument(deps: Pick<OutcomesDeps, "outcomes">, tenantId: string, input: CreateInstrument): Promise<Instrument> {
  if (input.code === SELF_RELIANCE_MATRIX.code) throw validationFailed([{ path: "code", message: "Deze code is van het ingebouwde instrument" }]);
  const created = await deps.outcomes.insertInstrument(tenantId, input);
  if (!created) throw new AppError("conflict", "Deze code is al in gebruik.", { issues: [{ path: "code", message: "Deze code is al in gebruik" }] });
  return created;
}

export async function listMeasurements(deps: OutcomesDeps, tenantId: string, me: Me, caseId: string): Promise<Measurement[]> {
  await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, caseId);
  return deps.outcomes.measurements(tenantId, caseId);
}

/**
 * Records a measurement. A start measurement creates the task for the follow-up six months later,
 * for the case director.
 */
export async function addMeasurement(deps: OutcomesDeps, tenantId: string, me: Me, caseId: string, input: AddMeasurement): Promise<Measurement> {
  const file = await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, caseId);
  const instrument = (await listInstruments(deps, tenantId)).find((i) => i.code === input.instrumentCode);
  if (!instrument) throw validationFailed([{ path: "instrumentCode", message: "Onbekend instrument" }]);
  const issues = checkScores(instrument, input.scores);
  const today = dutchToday(deps.now());
  if (input.measuredOn > today) issues.push({ path: "measuredOn", message: "De datum ligt in de toekomst" });
  if (input.measuredOn < file.openedOn) issues.push({ path: "measuredOn", message: "De datum ligt vóór de opening van de casus" });
  if (issues.length > 0) throw validationFailed(issues);
  const measurement = await deps.outcomes.insertMeasurement(tenantId, caseId, input, me.id);
  if (input.moment === "start") {
    await deps.tasks.insert(
      tenantId,
      me.id,
      { title: `Vervolgmeting na 6 maanden: ${file.householdName}`, dueOn: followUpDate(input.measuredOn), assigneeId: file.caseDirectorId, subjectType: "case", subjectId: caseId },
      today,
    );
  }
  return measurement;
}
