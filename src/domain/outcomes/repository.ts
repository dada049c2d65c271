import type { AddMeasurement, CreateInstrument, Instrument, Measurement } from "./dto";

export interface OutcomesRepository {
  instruments(tenantId: string): Promise<Instrument[]>;
  insertInstrument(tenantId: string, instrument: CreateInstrument): Promise<Instrument | null>;
  measurements(tenantId: string, caseId: string): Promise<Measurement[]>;
  insertMeasurement(tenantId: string, caseId: string, measurement: AddMeasurement, recordedBy: string): Promise<Measurement>;
}
