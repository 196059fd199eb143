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
