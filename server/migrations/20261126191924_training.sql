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
CREATE UNIQUE INDEX "training_attendance_course_officer_uq" ON "training_attendance" USING btree ("tenant_id","course_id","officer_id");--> statement-breakpoint
CREATE INDEX "training_attendance_officer_idx" ON "training_attendance" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "training_courses_agency_idx" ON "training_courses" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "training_courses_end_idx" ON "training_courses" USING btree ("tenant_id","end_date");--> statement-breakpoint
CREATE INDEX "training_plan_items_plan_idx" ON "training_plan_items" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_plans_agency_year_uq" ON "training_plans" USING btree ("tenant_id","agency_id","year");