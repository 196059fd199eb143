DROP INDEX "cases_tenant_number_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_number_uq" ON "cases" USING btree ("tenant_id","agency_id","number");