import type { AddMeasurement, CreateInstrument, Instrument, Measurement } from "../../domain/outcomes/dto";
import type { ApiClient } from "./client";
import { caseApiPath } from "./cases";

/** The built-in self-reliance matrix ("zrm") first, then the tenant's own instruments. */
export const listInstruments = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: Instrument[] }>("/instruments", signal)).items;

/** Oldest first. */
export const listMeasurements = async (api: ApiClient, caseId: string, signal?: AbortSignal) =>
  (await api.get<{ items: Measurement[] }>(`${caseApiPath(caseId)}/measurements`, signal)).items;

/** Only the relevant domains, each with a level and a reason. */
export const addMeasurement = (api: ApiClient, caseId: string, measurement: AddMeasurement) =>
  api.post<Measurement>(`${caseApiPath(caseId)}/measurements`, measurement);

/** A tenant's own instrument; its code must be new. */
export const createInstrument = (api: ApiClient, instrument: CreateInstrument) => api.post<Instrument>("/instruments", instrument);
