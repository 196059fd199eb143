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
CREATE TABLE "training_attendance" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"hours_tenths" integer NOT NULL,
	"reason" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "training_attendance_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_attendance_status_ck" CHECK ("training_attendance"."status" in ('registered','attended','absent')),
	CONSTRAINT "training_attendance_hours_ck" CHECK ("training_attendance"."hours_tenths" >= 0)
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"hours_tenths" integer NOT NULL,
	"provider" text NOT NULL,
	"kind" text NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"max_participants" integer,
	"open_to_all" boolean DEFAULT false NOT NULL,
	"plan_item_id" uuid,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_courses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_courses_kind_ck" CHECK ("training_courses"."kind" in ('public_law','professional','new_officer','other')),
	CONSTRAINT "training_courses_hours_ck" CHECK ("training_courses"."hours_tenths" > 0 and "training_courses"."hours_tenths" <= 2000),
	CONSTRAINT "training_courses_dates_ck" CHECK ("training_courses"."end_date" >= "training_courses"."start_date"),
	CONSTRAINT "training_courses_max_ck" CHECK ("training_courses"."max_participants" is null or "training_courses"."max_participants" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_plan_items" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"planned_month" integer NOT NULL,
	"hours_tenths" integer NOT NULL,
	"audience" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "training_plan_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_plan_items_month_ck" CHECK ("training_plan_items"."planned_month" between 1 and 12),
	CONSTRAINT "training_plan_items_hours_ck" CHECK ("training_plan_items"."hours_tenths" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_plans" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text,
	"published_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_plans_status_ck" CHECK ("training_plans"."status" in ('draft','published'))
);
--> statement-breakpoint
CREATE TABLE "exam_blueprints" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"rules" jsonb NOT NULL,
	"pass_mark" integer NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_blueprints_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "exam_questions" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"domain" text NOT NULL,
	"stem" text NOT NULL,
	"options" jsonb NOT NULL,
	"correct" text[] NOT NULL,
	"explanation" text NOT NULL,
	"basis_text" text,
	"basis_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"basis_unlinked" boolean DEFAULT false NOT NULL,
	"difficulty" integer DEFAULT 2 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_questions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "exam_questions_kind_ck" CHECK ("exam_questions"."kind" in ('single','multiple','true_false')),
	CONSTRAINT "exam_questions_status_ck" CHECK ("exam_questions"."status" in ('active','retired')),
	CONSTRAINT "exam_questions_difficulty_ck" CHECK ("exam_questions"."difficulty" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "exam_sitting_questions" (
	"tenant_id" text NOT NULL,
	"sitting_id" uuid NOT NULL,
	"question_no" integer NOT NULL,
	"question_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"answer" text[],
	"answer_seq" integer DEFAULT 0 NOT NULL,
	"answered_at" timestamp with time zone,
	"correct" boolean,
	"awarded" integer,
	CONSTRAINT "exam_sitting_questions_tenant_id_sitting_id_question_no_pk" PRIMARY KEY("tenant_id","sitting_id","question_no")
);
--> statement-breakpoint
CREATE TABLE "exam_sittings" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"exam_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"account_id" uuid,
	"attempt_no" integer NOT NULL,
	"seed" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"graded_at" timestamp with time zone,
	"score" integer,
	"max_score" integer NOT NULL,
	"pass_mark" integer NOT NULL,
	"passed" boolean,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "exam_sittings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "exam_sittings_status_ck" CHECK ("exam_sittings"."status" in ('in_progress','graded'))
);
--> statement-breakpoint
CREATE TABLE "exams" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"blueprint_id" uuid NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"attempts_allowed" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exams_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "exams_window_ck" CHECK ("exams"."closes_at" > "exams"."opens_at")
);
--> statement-breakpoint
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
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "certificate_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
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
CREATE TABLE "agency_staffing_minimums" (
	"tenant_id" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"minimum_front_line" integer NOT NULL,
	"basis" text,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "agency_staffing_minimums_tenant_id_agency_id_pk" PRIMARY KEY("tenant_id","agency_id"),
	CONSTRAINT "agency_staffing_minimums_ck" CHECK ("agency_staffing_minimums"."minimum_front_line" >= 0)
);
--> statement-breakpoint
CREATE TABLE "secondments" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"destination" text NOT NULL,
	"start_date" date NOT NULL,
	"expected_end_date" date NOT NULL,
	"ended_on" date,
	"reason" text NOT NULL,
	"approval_doc_no" text NOT NULL,
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secondments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "secondments_dates_ck" CHECK ("secondments"."expected_end_date" >= "secondments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "transfer_plan_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"comments" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_plan_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "transfer_plans" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"items" jsonb NOT NULL,
	"submitted_balance" jsonb,
	"balance_reason" text,
	"flagged" boolean DEFAULT false NOT NULL,
	"org_filed_on" date,
	"org_document_no" text,
	"review_comments" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"executed_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "transfer_plans_state_ck" CHECK ("transfer_plans"."state" in ('draft','submitted','returned','accepted','executed','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "transfer_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"seconded_share_percent" integer DEFAULT 10 NOT NULL,
	"max_secondment_months" integer DEFAULT 6 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "annual_filing_events" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"seq" integer NOT NULL,
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
CREATE INDEX "stored_files_sm3_idx" ON "stored_files" USING btree ("tenant_id","sm3");--> statement-breakpoint
CREATE INDEX "officer_events_officer_idx" ON "officer_events" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_tenant_resident_id_uq" ON "officers" USING btree ("tenant_id","resident_id_digest");--> statement-breakpoint
CREATE UNIQUE INDEX "officers_tenant_account_uq" ON "officers" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "officers_tenant_agency_idx" ON "officers" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "officers_tenant_status_idx" ON "officers" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_course_officer_uq" ON "training_attendance" USING btree ("tenant_id","course_id","officer_id");--> statement-breakpoint
CREATE INDEX "training_attendance_officer_idx" ON "training_attendance" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "training_courses_agency_idx" ON "training_courses" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "training_courses_end_idx" ON "training_courses" USING btree ("tenant_id","end_date");--> statement-breakpoint
CREATE INDEX "training_plan_items_plan_idx" ON "training_plan_items" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_plans_agency_year_uq" ON "training_plans" USING btree ("tenant_id","agency_id","year");--> statement-breakpoint
CREATE INDEX "exam_questions_domain_kind_idx" ON "exam_questions" USING btree ("tenant_id","domain","kind","status");--> statement-breakpoint
CREATE INDEX "exam_sitting_questions_question_idx" ON "exam_sitting_questions" USING btree ("tenant_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_sittings_attempt_uq" ON "exam_sittings" USING btree ("tenant_id","exam_id","officer_id","attempt_no");--> statement-breakpoint
CREATE INDEX "exam_sittings_officer_idx" ON "exam_sittings" USING btree ("tenant_id","officer_id","graded_at");--> statement-breakpoint
CREATE INDEX "exam_sittings_deadline_idx" ON "exam_sittings" USING btree ("tenant_id","status","deadline_at");--> statement-breakpoint
CREATE INDEX "exams_window_idx" ON "exams" USING btree ("tenant_id","closes_at");--> statement-breakpoint
CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("tenant_id","certificate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_tenant_number_uq" ON "certificates" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_verify_token_uq" ON "certificates" USING btree ("verify_token");--> statement-breakpoint
CREATE INDEX "certificates_tenant_officer_idx" ON "certificates" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "certificates_tenant_expires_idx" ON "certificates" USING btree ("tenant_id","expires_on");--> statement-breakpoint
CREATE INDEX "secondments_agency_idx" ON "secondments" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "secondments_officer_idx" ON "secondments" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "transfer_plan_events_plan_idx" ON "transfer_plan_events" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "transfer_plans_agency_idx" ON "transfer_plans" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "transfer_plans_state_idx" ON "transfer_plans" USING btree ("tenant_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_filing_events_filing_seq_uq" ON "annual_filing_events" USING btree ("tenant_id","filing_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_filings_agency_year_kind_uq" ON "annual_filings" USING btree ("tenant_id","agency_id","year","kind");--> statement-breakpoint
CREATE INDEX "annual_filings_year_idx" ON "annual_filings" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "leader_court_appearances_date_idx" ON "leader_court_appearances" USING btree ("tenant_id","hearing_date");--> statement-breakpoint
CREATE INDEX "leader_study_sessions_date_idx" ON "leader_study_sessions" USING btree ("tenant_id","date");