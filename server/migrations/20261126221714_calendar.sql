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
CREATE INDEX "calendar_entries_year_idx" ON "calendar_entries" USING btree ("year");--> statement-breakpoint
CREATE INDEX "tenant_calendar_entries_year_idx" ON "tenant_calendar_entries" USING btree ("tenant_id","year");