CREATE TABLE "stored_files" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"sm3" text NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"file_name" text NOT NULL,
	"purpose" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "officer_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"detail" jsonb NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text,
	"birth_date" date NOT NULL,
	"resident_id_enc" text NOT NULL,
	"resident_id_masked" text NOT NULL,
	"resident_id_digest" text NOT NULL,
	"phone_enc" text,
	"phone_masked" text,
	"post" text NOT NULL,
	"front_line" boolean DEFAULT true NOT NULL,
	"legal_reviewer" boolean DEFAULT false NOT NULL,
	"staffing_type" text NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"legal_qualification" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'in_post' NOT NULL,
	"joined_on" date,
	"photo_file_id" uuid,
	"account_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "officers_sex_ck" CHECK ("officers"."sex" in ('male','female')),
	CONSTRAINT "officers_status_ck" CHECK ("officers"."status" in ('in_post','seconded','transferred','retired','suspended')),
	CONSTRAINT "officers_staffing_ck" CHECK ("officers"."staffing_type" in ('administrative','civil_service_managed','public_institution','other'))
);
--> statement-breakpoint
CREATE TABLE "personnel_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"training_hours_per_year" integer DEFAULT 60 NOT NULL,
	"certificate_alert_days" integer[] DEFAULT '{90,30}'::integer[] NOT NULL,
	"certificate_number_pattern" text,
	"eligibility_window_months" integer DEFAULT 12 NOT NULL,
	"legal_reviewer_target_percent" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE INDEX "stored_files_sm3_idx" ON "stored_files" USING btree ("tenant_id","sm3");--> statement-breakpoint
CREATE INDEX "officer_events_officer_idx" ON "officer_events" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_tenant_resident_id_uq" ON "officers" USING btree ("tenant_id","resident_id_digest");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_tenant_account_uq" ON "officers" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "officers_tenant_agency_idx" ON "officers" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "officers_tenant_status_idx" ON "officers" USING btree ("tenant_id","status");