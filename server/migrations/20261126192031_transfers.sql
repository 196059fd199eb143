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
CREATE INDEX "secondments_agency_idx" ON "secondments" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "secondments_officer_idx" ON "secondments" USING btree ("tenant_id","officer_id");--> statement-breakpoint
CREATE INDEX "transfer_plan_events_plan_idx" ON "transfer_plan_events" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "transfer_plans_agency_idx" ON "transfer_plans" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE INDEX "transfer_plans_state_idx" ON "transfer_plans" USING btree ("tenant_id","state");