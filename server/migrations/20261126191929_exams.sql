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
CREATE INDEX "exam_questions_domain_kind_idx" ON "exam_questions" USING btree ("tenant_id","domain","kind","status");--> statement-breakpoint
CREATE INDEX "exam_sitting_questions_question_idx" ON "exam_sitting_questions" USING btree ("tenant_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_sittings_attempt_uq" ON "exam_sittings" USING btree ("tenant_id","exam_id","officer_id","attempt_no");--> statement-breakpoint
CREATE INDEX "exam_sittings_officer_idx" ON "exam_sittings" USING btree ("tenant_id","officer_id","graded_at");--> statement-breakpoint
CREATE INDEX "exam_sittings_deadline_idx" ON "exam_sittings" USING btree ("tenant_id","status","deadline_at");--> statement-breakpoint
CREATE INDEX "exams_window_idx" ON "exams" USING btree ("tenant_id","closes_at");