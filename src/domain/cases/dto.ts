import { z } from "zod";

/** open → plan → in uitvoering → evaluatie → afgesloten (issue 4); evaluation may send a case back to execution. */
export const CASE_STATUSES = ["open", "plan", "in_uitvoering", "evaluatie", "afgesloten"] as const;
export const PARTICIPANT_ROLES = ["inwoner", "sociaal_werker", "wmo_consulent", "praktijkondersteuner", "wijkverpleegkundige", "netwerk", "anders"] as const;
export const CONVERSATION_KINDS = ["keukentafelgesprek", "huisbezoek", "telefonisch", "overleg", "anders"] as const;
export const ACTIVITIES = ["gesprek", "coordinatie", "uitvoering", "overleg", "administratie", "reistijd"] as const;
/** How a case ended (issue 4, item 7): maatwerk was needed, a light form of it, or another solution. */
export const CLOSING_OUTCOMES = ["maatwerk_nodig", "lichte_vorm", "andere_oplossing"] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");

export const participantSchema = z.object({ id: z.uuid(), role: z.enum(PARTICIPANT_ROLES), name: z.string(), userId: z.uuid().nullable() });
export const conversationSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  kind: z.enum(CONVERSATION_KINDS),
  participants: z.array(z.string()),
  notes: z.string().nullable(),
});
export const hoursEntrySchema = z.object({ id: z.uuid(), workedOn: z.string(), userId: z.uuid(), userName: z.string(), activity: z.enum(ACTIVITIES), minutes: z.number().int() });
export const statusChangeSchema = z.object({ status: z.enum(CASE_STATUSES), changedOn: z.string() });

export const caseSummarySchema = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  householdName: z.string(),
  teamId: z.uuid(),
  caseDirectorId: z.uuid(),
  caseDirectorName: z.string(),
  status: z.enum(CASE_STATUSES),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});

export const caseSchema = caseSummarySchema.extend({
  questionId: z.uuid().nullable(),
  providerOrganisationId: z.uuid().nullable().describe("Contracted provider; null for an own trajectory"),
  closingOutcome: z.enum(CLOSING_OUTCOMES).nullable(),
  satisfaction: z.number().int().nullable(),
  statusHistory: z.array(statusChangeSchema),
  participants: z.array(participantSchema),
  conversations: z.array(conversationSchema),
  hours: z.array(hoursEntrySchema),
  totalMinutes: z.number().int(),
});

export const openCaseSchema = z.object({
  householdId: z.uuid("Kies een huishouden"),
  caseDirectorId: z.uuid("Kies een regisseur"),
  questionId: z.uuid().nullable().optional(),
  providerOrganisationId: z.uuid("Kies een aanbieder").nullable().optional().describe("Contracted provider; leave out for an own trajectory"),
  openedOn: isoDate,
});

export const changeStatusSchema = z
  .object({
    version: z.number().int().min(1),
    status: z.enum(CASE_STATUSES, "Kies een status"),
    on: isoDate,
    closingOutcome: z.enum(CLOSING_OUTCOMES, "Kies hoe de casus afloopt").optional(),
    satisfaction: z.number().int("Geef een heel cijfer").min(1, "Een cijfer van 1 tot en met 10").max(10, "Een cijfer van 1 tot en met 10").nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "afgesloten" && !value.closingOutcome) ctx.addIssue({ code: "custom", path: ["closingOutcome"], message: "Kies hoe de casus afloopt" });
  });

export const changeProviderSchema = z.object({
  version: z.number().int().min(1),
  providerOrganisationId: z.uuid("Kies een aanbieder").nullable().describe("Contracted provider; null for an own trajectory"),
});

/** An organisation a case can be handed to: one with a contract (names only, for case workers). */
export const caseProviderSchema = z.object({ id: z.uuid(), name: z.string() });

export const addParticipantSchema = z.object({
  role: z.enum(PARTICIPANT_ROLES, "Kies een rol"),
  name: z.string().trim().min(1, "Vul een naam in").max(200),
  userId: z.uuid().nullable().optional(),
});

export const addConversationSchema = z.object({
  heldOn: isoDate,
  kind: z.enum(CONVERSATION_KINDS, "Kies het soort gesprek"),
  participants: z.array(z.string().trim().min(1).max(200)).min(1, "Wie waren erbij?").max(20),
  notes: z.string().trim().max(5000, "Hoogstens 5000 tekens").nullable().optional(),
});

/** Hours in a few clicks: 1.5 means an hour and a half; quarters are enough precision. */
export const addHoursSchema = z.object({
  workedOn: isoDate,
  activity: z.enum(ACTIVITIES, "Kies een activiteit"),
  hours: z
    .number("Vul het aantal uren in")
    .positive("Meer dan 0 uur")
    .max(24, "Hoogstens 24 uur per regel")
    .refine((h) => Number.isInteger(h * 4), "Gebruik kwartieren (bijv. 1,25 of 1,5)"),
});

export const caseListQuerySchema = z.object({
  status: z.enum([...CASE_STATUSES, "actief", "alle"]).default("actief"),
  householdId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const TIMELINE_KINDS = ["question", "status", "conversation", "hours", "plan", "resource", "scenarios", "measurement"] as const;

export const timelineItemSchema = z.object({
  on: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** What kind within the kind, for translation: the status, conversation kind, activity, resource kind or measuring moment. */
  code: z.string().nullable(),
  /** Dutch, for API users; the web app builds its own text from kind, code and detail. */
  title: z.string(),
  detail: z.string().nullable(),
  /** Only for hours. */
  minutes: z.number().int().optional(),
  caseId: z.uuid().nullable(),
});

export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseFile = z.infer<typeof caseSchema>;
export type OpenCase = z.infer<typeof openCaseSchema>;
export type ChangeStatus = z.infer<typeof changeStatusSchema>;
export type ChangeProvider = z.infer<typeof changeProviderSchema>;
export type CaseProvider = z.infer<typeof caseProviderSchema>;
export type AddParticipant = z.infer<typeof addParticipantSchema>;
export type AddConversation = z.infer<typeof addConversationSchema>;
export type AddHours = z.infer<typeof addHoursSchema>;
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export type TimelineItem = z.infer<typeof timelineItemSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type HoursEntry = z.infer<typeof hoursEntrySchema>;
export type Participant = z.infer<typeof participantSchema>;
