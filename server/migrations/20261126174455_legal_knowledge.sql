CREATE TABLE "law_citations" (
	"tenant_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_label" text NOT NULL,
	"role" text NOT NULL,
	"version_id" uuid NOT NULL,
	"article_seq" integer NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_citations_tenant_id_subject_kind_subject_id_role_version_id_article_seq_pk" PRIMARY KEY("tenant_id","subject_kind","subject_id","role","version_id","article_seq"),
	CONSTRAINT "law_citations_kind_ck" CHECK ("law_citations"."subject_kind" in ('power_item','benchmark','review_rule','referral_threshold','case'))
);
--> statement-breakpoint
CREATE TABLE "power_change_requests" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_file" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"review_comments" text,
	"effective_date" date,
	"backdate_reason" text,
	CONSTRAINT "power_change_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "power_change_requests_state_ck" CHECK ("power_change_requests"."state" in ('draft','submitted','returned','accepted','withdrawn')),
	CONSTRAINT "power_change_requests_source_ck" CHECK ("power_change_requests"."source" in ('manual','import'))
);
--> statement-breakpoint
CREATE TABLE "power_changes" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid,
	"base_version_id" uuid,
	"reason" text NOT NULL,
	"reason_text" text NOT NULL,
	"content" jsonb,
	CONSTRAINT "power_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "power_changes_kind_ck" CHECK ("power_changes"."kind" in ('add','modify','cancel')),
	CONSTRAINT "power_changes_reason_ck" CHECK ("power_changes"."reason" in ('institutional_reform','law_change','delegation','other'))
);
--> statement-breakpoint
CREATE TABLE "power_guidance_notes" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"author_agency_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_guidance_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "power_item_versions" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"sub_items" jsonb NOT NULL,
	"basis_text" text NOT NULL,
	"basis_refs" jsonb NOT NULL,
	"basis_problems" jsonb NOT NULL,
	"duty" text NOT NULL,
	"accountability" text NOT NULL,
	"level" text NOT NULL,
	"delegated_from_agency_id" uuid,
	"delegated_to_township_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"remarks" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"request_id" uuid NOT NULL,
	"change_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_item_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "power_item_versions_category_ck" CHECK ("power_item_versions"."category" in ('penalty','licence','coercion','inspection','levy','benefit','confirmation','reward','adjudication','other')),
	CONSTRAINT "power_item_versions_level_ck" CHECK ("power_item_versions"."level" in ('prefecture','county','township','county_township')),
	CONSTRAINT "power_item_versions_dates_ck" CHECK ("power_item_versions"."effective_to" is null or "power_item_versions"."effective_to" >= "power_item_versions"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "power_items" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"latest_version_id" uuid NOT NULL,
	"delegated_from_agency_id" uuid,
	"cancelled_on" date,
	"cancel_change_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "power_request_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"comments" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "power_request_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "law_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"law_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"new_version_id" uuid,
	"kind" text NOT NULL,
	"article_seqs" integer[] DEFAULT '{}'::int[] NOT NULL,
	"changed_article_seqs" integer[] DEFAULT '{}'::int[] NOT NULL,
	"effective_date" date NOT NULL,
	"note" text,
	"created_tenant_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_changes_kind_ck" CHECK ("law_changes"."kind" in ('amended','repealed','new_version'))
);
--> statement-breakpoint
CREATE TABLE "law_review_items" (
	"tenant_id" text NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_label" text NOT NULL,
	"role" text NOT NULL,
	"article_seq" integer NOT NULL,
	"article_label" text NOT NULL,
	"text_changed" text DEFAULT 'yes' NOT NULL,
	"outcome" text,
	"note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "law_review_items_tenant_id_task_id_seq_pk" PRIMARY KEY("tenant_id","task_id","seq"),
	CONSTRAINT "law_review_items_outcome_ck" CHECK ("law_review_items"."outcome" is null or "law_review_items"."outcome" in ('revised','unchanged','cancelled')),
	CONSTRAINT "law_review_items_text_changed_ck" CHECK ("law_review_items"."text_changed" in ('yes','no','removed'))
);
--> statement-breakpoint
CREATE TABLE "law_review_tasks" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"change_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_review_tasks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "law_review_tasks_status_ck" CHECK ("law_review_tasks"."status" in ('open','done'))
);
--> statement-breakpoint
CREATE TABLE "review_catalogue_rules" (
	"tenant_id" text NOT NULL,
	"version_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"condition" jsonb NOT NULL,
	"basis_text" text,
	"basis_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_catalogue_rules_tenant_id_version_id_rule_id_pk" PRIMARY KEY("tenant_id","version_id","rule_id")
);
--> statement-breakpoint
CREATE TABLE "review_catalogue_versions" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"published_by_name" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_catalogue_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_catalogue_versions_status_ck" CHECK ("review_catalogue_versions"."status" in ('draft','published')),
	CONSTRAINT "review_catalogue_versions_published_ck" CHECK (("review_catalogue_versions"."status" = 'draft') = ("review_catalogue_versions"."effective_from" is null and "review_catalogue_versions"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "referral_thresholds" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"sector" text NOT NULL,
	"violation_type" text NOT NULL,
	"offence" text NOT NULL,
	"criminal_basis" text NOT NULL,
	"basis_text" text,
	"basis_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"match" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"confirmed_by_name" text,
	"note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_thresholds_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "referral_thresholds_match_ck" CHECK ("referral_thresholds"."match" in ('any','all')),
	CONSTRAINT "referral_thresholds_status_ck" CHECK ("referral_thresholds"."status" in ('pending','confirmed')),
	CONSTRAINT "referral_thresholds_confirmed_ck" CHECK (("referral_thresholds"."status" = 'confirmed') = ("referral_thresholds"."confirmed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "benchmark_exemptions" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"violation" text NOT NULL,
	"benchmark_id" uuid,
	"conditions_text" text NOT NULL,
	"conditions" jsonb,
	"basis_text" text NOT NULL,
	"basis_refs" jsonb NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"effective_from" date,
	"withdrawn_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmark_exemptions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "benchmark_exemptions_kind_ck" CHECK ("benchmark_exemptions"."kind" in ('no_penalty','first_violation')),
	CONSTRAINT "benchmark_exemptions_status_ck" CHECK ("benchmark_exemptions"."status" in ('draft','published','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "benchmark_level_sets" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"levels" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "benchmark_versions" (
	"tenant_id" text NOT NULL,
	"benchmark_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"effective_from" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "benchmark_versions_tenant_id_benchmark_id_version_no_pk" PRIMARY KEY("tenant_id","benchmark_id","version_no"),
	CONSTRAINT "benchmark_versions_status_ck" CHECK ("benchmark_versions"."status" in ('draft','published')),
	CONSTRAINT "benchmark_versions_published_ck" CHECK (("benchmark_versions"."status" = 'draft') = ("benchmark_versions"."effective_from" is null and "benchmark_versions"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"violation" text NOT NULL,
	"latest_version" integer NOT NULL,
	"draft_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmarks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "law_citations_article_idx" ON "law_citations" USING btree ("version_id","article_seq");--> statement-breakpoint
CREATE INDEX "power_change_requests_agency_idx" ON "power_change_requests" USING btree ("tenant_id","agency_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "power_changes_request_seq_uq" ON "power_changes" USING btree ("tenant_id","request_id","seq");--> statement-breakpoint
CREATE INDEX "power_guidance_notes_item_idx" ON "power_guidance_notes" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "power_item_versions_item_no_uq" ON "power_item_versions" USING btree ("tenant_id","item_id","version_no");--> statement-breakpoint
CREATE INDEX "power_item_versions_agency_idx" ON "power_item_versions" USING btree ("tenant_id","agency_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "power_items_agency_code_uq" ON "power_items" USING btree ("tenant_id","agency_id","code") WHERE "power_items"."cancelled_on" is null;--> statement-breakpoint
CREATE INDEX "power_items_delegated_from_idx" ON "power_items" USING btree ("tenant_id","delegated_from_agency_id");--> statement-breakpoint
CREATE INDEX "power_request_events_request_idx" ON "power_request_events" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE INDEX "law_changes_version_idx" ON "law_changes" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "law_review_tasks_change_idx" ON "law_review_tasks" USING btree ("change_id");--> statement-breakpoint
CREATE INDEX "law_review_tasks_agency_idx" ON "law_review_tasks" USING btree ("tenant_id","agency_id","status");--> statement-breakpoint
CREATE INDEX "review_catalogue_rules_rule_idx" ON "review_catalogue_rules" USING btree ("tenant_id","rule_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_catalogue_versions_no_uq" ON "review_catalogue_versions" USING btree ("tenant_id","agency_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "review_catalogue_versions_draft_uq" ON "review_catalogue_versions" USING btree ("tenant_id","agency_id") WHERE "review_catalogue_versions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "referral_thresholds_agency_idx" ON "referral_thresholds" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_exemptions_tenant_agency_code_uq" ON "benchmark_exemptions" USING btree ("tenant_id","agency_id","code");--> statement-breakpoint
CREATE INDEX "benchmark_exemptions_benchmark_idx" ON "benchmark_exemptions" USING btree ("tenant_id","benchmark_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmarks_tenant_agency_code_uq" ON "benchmarks" USING btree ("tenant_id","agency_id","code");--> statement-breakpoint
CREATE INDEX "benchmarks_tenant_agency_idx" ON "benchmarks" USING btree ("tenant_id","agency_id");