CREATE TABLE "benchmark_values" (
	"tenant_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "benchmark_values_tenant_id_municipality_year_indicator_pk" PRIMARY KEY("tenant_id","municipality","year","indicator")
);
--> statement-breakpoint
ALTER TABLE "benchmark_values" ADD CONSTRAINT "benchmark_values_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;