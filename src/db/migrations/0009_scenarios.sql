CREATE TABLE "case_scenarios" (
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"lines" jsonb NOT NULL,
	"justification" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_scenarios_tenant_id_case_id_pk" PRIMARY KEY("tenant_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "case_scenarios" ADD CONSTRAINT "case_scenarios_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_scenarios" ADD CONSTRAINT "case_scenarios_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;