CREATE TABLE "annual_filing_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"comments" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "annual_filing_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "annual_filings" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"work_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"training_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by_name" text,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"review_comments" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_filings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "annual_filings_state_ck" CHECK ("annual_filings"."state" in ('draft','submitted','returned','accepted')),
	CONSTRAINT "annual_filings_kind_ck" CHECK ("annual_filings"."kind" in ('enforcement_work_plan','training_plan','squad_training_plan'))
);
--> statement-breakpoint
CREATE TABLE "leader_court_appearances" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"court" text NOT NULL,
	"case_number" text NOT NULL,
	"cause" text NOT NULL,
	"plaintiff" text,
	"hearing_date" date NOT NULL,
	"appeared" boolean NOT NULL,
	"appeared_name" text,
	"appeared_post" text,
	"appeared_rank" text,
	"spoke" boolean DEFAULT false NOT NULL,
	"absence_reason" text,
	"delegate_name" text,
	"delegate_post" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_date" date,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leader_court_appearances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "leader_study_sessions" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"topic" text NOT NULL,
	"laws_text" text,
	"law_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"law_problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lecturer" text,
	"participants" jsonb NOT NULL,
	"minutes" integer NOT NULL,
	"note" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leader_study_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "annual_filing_events_filing_idx" ON "annual_filing_events" USING btree ("tenant_id","filing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_filings_agency_year_kind_uq" ON "annual_filings" USING btree ("tenant_id","agency_id","year","kind");--> statement-breakpoint
CREATE INDEX "annual_filings_year_idx" ON "annual_filings" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "leader_court_appearances_date_idx" ON "leader_court_appearances" USING btree ("tenant_id","hearing_date");--> statement-breakpoint
CREATE INDEX "leader_study_sessions_date_idx" ON "leader_study_sessions" USING btree ("tenant_id","date");