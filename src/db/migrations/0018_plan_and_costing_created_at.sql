ALTER TABLE "plans" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "case_scenarios" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Only the last save was kept before: it is the best estimate of when an existing plan or costing was made.
-- Row-level security is forced on these tables (rls.ts) and binds their owner too, so it is lifted for the
-- backfill only, inside the migration's transaction, and forced again.
ALTER TABLE "plans" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "plans" SET "created_at" = "updated_at";--> statement-breakpoint
ALTER TABLE "plans" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_scenarios" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "case_scenarios" SET "created_at" = "updated_at";--> statement-breakpoint
ALTER TABLE "case_scenarios" FORCE ROW LEVEL SECURITY;
