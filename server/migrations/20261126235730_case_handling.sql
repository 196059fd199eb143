CREATE TABLE "calendar_entries" (
	"date" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"note" text,
	CONSTRAINT "calendar_entries_kind_ck" CHECK ("calendar_entries"."kind" in ('holiday','workday'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"notice_title" text NOT NULL,
	"notice_number" text,
	"published_on" date,
	"source" text NOT NULL,
	"stamp" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text,
	CONSTRAINT "calendar_years_source_ck" CHECK ("calendar_years"."source" in ('package','admin'))
);
--> statement-breakpoint
CREATE TABLE "tenant_calendar_entries" (
	"tenant_id" text NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	CONSTRAINT "tenant_calendar_entries_tenant_id_date_pk" PRIMARY KEY("tenant_id","date"),
	CONSTRAINT "tenant_calendar_entries_kind_ck" CHECK ("tenant_calendar_entries"."kind" in ('holiday','workday'))
);
--> statement-breakpoint
CREATE TABLE "tenant_calendars" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"stamp" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadline_settings" (
	"tenant_id" text NOT NULL,
	"scope_key" text NOT NULL,
	"agency_id" uuid,
	"rule_id" text NOT NULL,
	"amount" integer,
	"extension_max" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "deadline_settings_pk" PRIMARY KEY("tenant_id","scope_key","rule_id"),
	CONSTRAINT "deadline_settings_scope_ck" CHECK (("deadline_settings"."scope_key" = 'tenant' and "deadline_settings"."agency_id" is null) or ("deadline_settings"."agency_id" is not null and "deadline_settings"."scope_key" = "deadline_settings"."agency_id"::text))
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"instance" text DEFAULT '' NOT NULL,
	"number" text NOT NULL,
	"number_year" integer NOT NULL,
	"number_value" bigint NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sm3" text NOT NULL,
	"template_source" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"data_snapshot" jsonb NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "case_documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "case_documents_version_ck" CHECK ("case_documents"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "document_number_sequences" (
	"tenant_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" bigint NOT NULL,
	CONSTRAINT "document_number_sequences_tenant_id_agency_id_kind_year_pk" PRIMARY KEY("tenant_id","agency_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"note" text,
	CONSTRAINT "document_templates_tenant_id_kind_pk" PRIMARY KEY("tenant_id","kind")
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"rule_id" text NOT NULL,
	"start_on" date NOT NULL,
	"start_at" timestamp with time zone,
	"due_on" date NOT NULL,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'running' NOT NULL,
	"met_on" date,
	"provisional" boolean DEFAULT false NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"calendar_version" text NOT NULL,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_deadlines_tenant_id_case_id_slot_pk" PRIMARY KEY("tenant_id","case_id","slot"),
	CONSTRAINT "case_deadlines_status_ck" CHECK ("case_deadlines"."status" in ('running','met','missed','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"summary" text,
	"hash" text NOT NULL,
	CONSTRAINT "case_events_tenant_id_case_id_seq_pk" PRIMARY KEY("tenant_id","case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_handlers" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"lead" boolean DEFAULT false NOT NULL,
	"seq" integer NOT NULL,
	CONSTRAINT "case_handlers_tenant_id_case_id_officer_id_pk" PRIMARY KEY("tenant_id","case_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "case_number_patterns" (
	"tenant_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"pattern" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_number_patterns_tenant_id_agency_id_kind_pk" PRIMARY KEY("tenant_id","agency_id","kind")
);
--> statement-breakpoint
CREATE TABLE "case_number_sequences" (
	"tenant_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "case_number_sequences_tenant_id_agency_id_kind_year_pk" PRIMARY KEY("tenant_id","agency_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"id_number_enc" text,
	"id_number_masked" text NOT NULL,
	"id_number_digest" text NOT NULL,
	"legal_representative" text,
	"phone_enc" text,
	"phone_masked" text,
	"address_enc" text,
	"address_masked" text,
	CONSTRAINT "case_parties_tenant_id_case_id_id_pk" PRIMARY KEY("tenant_id","case_id","id"),
	CONSTRAINT "case_parties_type_ck" CHECK ("case_parties"."type" in ('natural_person','organisation'))
);
--> statement-breakpoint
CREATE TABLE "case_reviews" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"submitted_on" date NOT NULL,
	"reviewer_account_id" uuid,
	"reviewer_officer_id" uuid,
	"reviewer_name" text,
	"outcome" text,
	"opinion" text,
	"decided_on" date,
	CONSTRAINT "case_reviews_tenant_id_case_id_seq_pk" PRIMARY KEY("tenant_id","case_id","seq"),
	CONSTRAINT "case_reviews_outcome_ck" CHECK ("case_reviews"."outcome" is null or "case_reviews"."outcome" in ('agree','agree_with_changes','disagree'))
);
--> statement-breakpoint
CREATE TABLE "case_suspensions" (
	"tenant_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"reason" text NOT NULL,
	CONSTRAINT "case_suspensions_tenant_id_case_id_seq_pk" PRIMARY KEY("tenant_id","case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version" integer NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"previous_state" text,
	"ended" boolean DEFAULT false NOT NULL,
	"number" text,
	"number_year" integer,
	"number_seq" integer,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"domain" text NOT NULL,
	"power_item_id" uuid,
	"power_version_id" uuid,
	"act_date" date,
	"harms_life_health_finance" boolean DEFAULT false NOT NULL,
	"limitation_note" text,
	"facts" text,
	"registered_on" date NOT NULL,
	"opened_on" date,
	"decided_on" date,
	"served_on" date,
	"closed_on" date,
	"proposal" jsonb,
	"notified_penalty" jsonb,
	"decision" jsonb,
	"review_required" boolean DEFAULT false NOT NULL,
	"review_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_outcome" text,
	"collective_discussion_required" boolean DEFAULT false NOT NULL,
	"hearing" jsonb,
	"service" jsonb,
	"referral_flagged" boolean DEFAULT false NOT NULL,
	"referral_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fine_fen" bigint,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"remedies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"event_count" integer DEFAULT 0 NOT NULL,
	"last_event_on" date NOT NULL,
	"last_hash" text NOT NULL,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "cases_source_ck" CHECK ("cases"."source" in ('inspection','complaint','transfer_in','referral_from_above','aggregated_data','self_report','other')),
	CONSTRAINT "cases_fine_ck" CHECK ("cases"."fine_fen" is null or "cases"."fine_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX "calendar_entries_year_idx" ON "calendar_entries" USING btree ("year");--> statement-breakpoint
CREATE INDEX "tenant_calendar_entries_year_idx" ON "tenant_calendar_entries" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_version_uq" ON "case_documents" USING btree ("tenant_id","case_id","kind","instance","version");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_number_uq" ON "case_documents" USING btree ("tenant_id","agency_id","kind","number_year","number_value") WHERE "case_documents"."version" = 1;--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("tenant_id","status","due_on");--> statement-breakpoint
CREATE INDEX "case_handlers_officer_idx" ON "case_handlers" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "case_parties_digest_idx" ON "case_parties" USING btree ("tenant_id","id_number_digest");--> statement-breakpoint
CREATE INDEX "cases_tenant_agency_idx" ON "cases" USING btree ("tenant_id","agency_id","registered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_number_uq" ON "cases" USING btree ("tenant_id","agency_id","number");--> statement-breakpoint
CREATE INDEX "cases_tenant_state_idx" ON "cases" USING btree ("tenant_id","ended","state");