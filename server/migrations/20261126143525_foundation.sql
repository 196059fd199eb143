CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"legal_status" text NOT NULL,
	"uscc" text,
	"legal_office_contact" jsonb,
	"status" text DEFAULT 'active' NOT NULL,
	"abolished_at" timestamp with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "agencies_status_ck" CHECK ("agencies"."status" in ('active','abolished'))
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"totp_secret_enc" text,
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"totp_last_counter" integer,
	"phone_enc" text,
	"phone_masked" text,
	"status" text DEFAULT 'active' NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "accounts_status_ck" CHECK ("accounts"."status" in ('active','disabled'))
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"permissions" text[] NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "password_history" (
	"tenant_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_history_tenant_id_account_id_created_at_pk" PRIMARY KEY("tenant_id","account_id","created_at")
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"tenant_id" text NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_agency_id" uuid,
	"scope_tenants" text[] DEFAULT '{}'::text[] NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "role_grants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "role_grants_scope_ck" CHECK ("role_grants"."scope_kind" in ('own_agency','agency_subtree','tenant','tenants'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"ended_at" timestamp with time zone,
	CONSTRAINT "sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "security_policies" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"tenant_id" text NOT NULL,
	"id" bigserial NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"actor_tenant_id" text,
	"ip" text,
	"user_agent" text,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"action" text NOT NULL,
	"record_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcome" text NOT NULL,
	"status_code" integer NOT NULL,
	"request_id" text,
	"detail" jsonb,
	CONSTRAINT "access_log_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_tenant_uscc_uq" ON "agencies" USING btree ("tenant_id","uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_tenant_name_uq" ON "agencies" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "agencies_tenant_path_idx" ON "agencies" USING btree ("tenant_id","path");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_tenant_username_uq" ON "accounts" USING btree ("tenant_id","username");--> statement-breakpoint
CREATE INDEX "accounts_tenant_agency_idx" ON "accounts" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" USING btree ("tenant_id","token_hash");--> statement-breakpoint
CREATE INDEX "role_grants_account_idx" ON "role_grants" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "access_log_tenant_at_idx" ON "access_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "access_log_tenant_actor_idx" ON "access_log" USING btree ("tenant_id","actor_username","at");