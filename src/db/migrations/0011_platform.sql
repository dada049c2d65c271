CREATE TABLE "escalations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"escalated_on" date NOT NULL,
	"escalated_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"unstuck_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "platform_evaluations" (
	"tenant_id" uuid NOT NULL,
	"escalation_id" uuid NOT NULL,
	"what_worked" text NOT NULL,
	"lessons" text NOT NULL,
	"blocking_rule" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_evaluations_tenant_id_escalation_id_pk" PRIMARY KEY("tenant_id","escalation_id")
);
--> statement-breakpoint
CREATE TABLE "platform_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"escalation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"invited" text[] NOT NULL,
	"resident_joined" boolean DEFAULT false NOT NULL,
	"first_question" text NOT NULL,
	"ideas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"breakthrough" text,
	"mandated_decision" text,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_evaluations" ADD CONSTRAINT "platform_evaluations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_evaluations" ADD CONSTRAINT "platform_evaluations_escalation_fk" FOREIGN KEY ("tenant_id","escalation_id") REFERENCES "public"."escalations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_meetings" ADD CONSTRAINT "platform_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_meetings" ADD CONSTRAINT "platform_meetings_escalation_fk" FOREIGN KEY ("tenant_id","escalation_id") REFERENCES "public"."escalations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_one_open_per_case" ON "escalations" USING btree ("tenant_id","case_id") WHERE unstuck_on is null;