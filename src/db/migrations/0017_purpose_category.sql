-- Requests filed before purpose categories existed are 'overig'; new requests always name their category
-- (the API requires it), so the default is dropped again once existing rows are filled.
ALTER TABLE "spending_requests" ADD COLUMN "purpose_category" text DEFAULT 'overig' NOT NULL;--> statement-breakpoint
ALTER TABLE "spending_requests" ALTER COLUMN "purpose_category" DROP DEFAULT;
