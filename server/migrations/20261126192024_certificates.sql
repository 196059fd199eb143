CREATE TABLE "certificate_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"detail" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"officer_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text NOT NULL,
	"issuing_authority" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"verify_token" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "certificates_status_ck" CHECK ("certificates"."status" in ('valid','suspended','revoked')),
	CONSTRAINT "certificates_source_ck" CHECK ("certificates"."source" in ('platform','import','seed')),
	CONSTRAINT "certificates_dates_ck" CHECK ("certificates"."expires_on" >= "certificates"."issued_on")
);
--> statement-breakpoint
CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("tenant_id","certificate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_tenant_number_uq" ON "certificates" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_verify_token_uq" ON "certificates" USING btree ("verify_token");--> statement-breakpoint
CREATE INDEX "certificates_tenant_officer_idx" ON "certificates" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "certificates_tenant_expires_idx" ON "certificates" USING btree ("tenant_id","expires_on");