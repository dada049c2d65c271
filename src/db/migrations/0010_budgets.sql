CREATE TABLE "budget_pots" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"annual_amount_cents" bigint NOT NULL,
	"balance_cents" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_pots_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "budget_pots_balance_not_negative" CHECK ("budget_pots"."balance_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "conditional_arrangements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"condition" text NOT NULL,
	"due_on" date NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"settled_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "conditional_arrangements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pot_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"balance_after_cents" bigint NOT NULL,
	"request_id" uuid,
	"note" text,
	"booked_on" date NOT NULL,
	"booked_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pot_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"limit_cents" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "mandates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "recovery_claims" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"funding_source" text NOT NULL,
	"claimed_cents" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"honoured_cents" bigint,
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "recovery_claims_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "spending_requests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pot_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"description" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"payee" text NOT NULL,
	"justification" jsonb NOT NULL,
	"scenarios" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"idempotency_key" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"first_approver_id" uuid,
	"first_mandate_id" uuid,
	"decided_by" uuid,
	"decided_mandate_id" uuid,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"pre_financed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "spending_requests_amount_positive" CHECK ("spending_requests"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "budget_pots" ADD CONSTRAINT "budget_pots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_arrangements" ADD CONSTRAINT "conditional_arrangements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_arrangements" ADD CONSTRAINT "conditional_arrangements_request_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."spending_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_pot_fk" FOREIGN KEY ("tenant_id","pot_id") REFERENCES "public"."budget_pots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_pot_fk" FOREIGN KEY ("tenant_id","pot_id") REFERENCES "public"."budget_pots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_claims" ADD CONSTRAINT "recovery_claims_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_claims" ADD CONSTRAINT "recovery_claims_request_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."spending_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_requests" ADD CONSTRAINT "spending_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_requests" ADD CONSTRAINT "spending_requests_pot_fk" FOREIGN KEY ("tenant_id","pot_id") REFERENCES "public"."budget_pots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_requests" ADD CONSTRAINT "spending_requests_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conditional_arrangements_request_key" ON "conditional_arrangements" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mandates_pot_user_key" ON "mandates" USING btree ("tenant_id","pot_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spending_requests_idempotency_key" ON "spending_requests" USING btree ("tenant_id","idempotency_key");