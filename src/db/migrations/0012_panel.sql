CREATE TABLE "review_items" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"packet" jsonb NOT NULL,
	"summary" text,
	"released_at" timestamp with time zone,
	"released_by" uuid,
	"consensus" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "review_items_tenant_id_round_id_case_id_pk" PRIMARY KEY("tenant_id","round_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "review_rounds" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"seed" integer NOT NULL,
	"sample_size" integer NOT NULL,
	"closed_from" date NOT NULL,
	"closed_to" date NOT NULL,
	"stratify_by_team" boolean NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_rounds_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_verdicts" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"verdict" text,
	"price_item_id" uuid,
	"units_per_month" integer,
	"months" integer,
	"confidence" integer,
	"note" text,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "review_verdicts_tenant_id_round_id_case_id_reviewer_id_pk" PRIMARY KEY("tenant_id","round_id","case_id","reviewer_id")
);
--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."review_rounds"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_case_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rounds" ADD CONSTRAINT "review_rounds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_verdicts" ADD CONSTRAINT "review_verdicts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_verdicts" ADD CONSTRAINT "review_verdicts_item_fk" FOREIGN KEY ("tenant_id","round_id","case_id") REFERENCES "public"."review_items"("tenant_id","round_id","case_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_verdicts" ADD CONSTRAINT "review_verdicts_reviewer_fk" FOREIGN KEY ("tenant_id","reviewer_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;