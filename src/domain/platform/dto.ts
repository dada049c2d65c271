import { z } from "zod";

const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");
const line = z.string().trim().min(1, "Een regel mag niet leeg zijn").max(2000, "Hoogstens 2000 tekens");

export const escalationSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  householdName: z.string(),
  escalatedOn: z.string(),
  reason: z.string(),
  unstuckOn: z.string().nullable(),
  daysOpen: z.number().int().describe("Days from escalation to vlot, or to today while still stuck"),
  overdue: z.boolean().describe("Still stuck after the 3-week target"),
  version: z.number().int(),
});

export const escalateSchema = z.object({
  caseId: z.uuid("Kies een casus"),
  reason: z.string().trim().min(1, "Waarom zit de casus vast?").max(2000),
  escalatedOn: isoDate,
});

export const meetingSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  invited: z.array(z.string()),
  residentJoined: z.boolean(),
  firstQuestion: z.string(),
  ideas: z.array(z.string()),
  breakthrough: z.string().nullable(),
  mandatedDecision: z.string().nullable(),
  actions: z.array(z.object({ what: z.string(), owner: z.string(), dueOn: z.string() })),
});

export const recordMeetingSchema = z.object({
  heldOn: isoDate,
  invited: z.array(z.string().trim().min(1).max(200)).min(1, "Wie zijn uitgenodigd?").max(30),
  residentJoined: z.boolean().default(false),
  firstQuestion: z.string().trim().min(1, "Wat was de eerste vraag van de inwoner?").max(2000),
  ideas: z.array(line).max(50).default([]),
  breakthrough: z.string().trim().max(2000).nullable().optional(),
  mandatedDecision: z.string().trim().max(2000).nullable().optional().describe("The ontschotter's decision when the professionals could not agree"),
  actions: z
    .array(z.object({ what: line, owner: z.string().trim().min(1, "Wie doet het?").max(200), dueOn: isoDate }))
    .max(30)
    .default([]),
});

export const unstickSchema = z.object({ version: z.number().int().min(1), unstuckOn: isoDate });

/** Lessons carry no household name: learning across platforms does not need to know whose case it was. */
export const evaluationSchema = z.object({
  escalationId: z.uuid(),
  escalatedOn: z.string(),
  whatWorked: z.string(),
  lessons: z.string(),
  blockingRule: z.string().nullable(),
});

export const recordEvaluationSchema = z.object({
  whatWorked: z.string().trim().min(1, "Wat werkte?").max(4000),
  lessons: z.string().trim().min(1, "Wat hebben we geleerd?").max(4000),
  blockingRule: z.string().trim().max(2000).nullable().optional(),
});

export const platformStatsSchema = z.object({
  unstuck: z.number().int(),
  stillStuck: z.number().int(),
  overdue: z.number().int(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  targetDays: z.number().int(),
});

/** One escalation with everything its platform page shows. */
export const escalationDetailSchema = escalationSchema.extend({ meetings: z.array(meetingSchema), evaluation: evaluationSchema.nullable() });

export type EscalationDetail = z.infer<typeof escalationDetailSchema>;
export type Escalation = z.infer<typeof escalationSchema>;
export type Escalate = z.infer<typeof escalateSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type RecordMeeting = z.infer<typeof recordMeetingSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type RecordEvaluation = z.infer<typeof recordEvaluationSchema>;
export type PlatformStats = z.infer<typeof platformStatsSchema>;
