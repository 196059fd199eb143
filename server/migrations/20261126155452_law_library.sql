CREATE TABLE "law_articles" (
	"version_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"number" integer NOT NULL,
	"suffix" integer DEFAULT 0 NOT NULL,
	"label" text NOT NULL,
	"chapter" text,
	"section" text,
	"text" text NOT NULL,
	CONSTRAINT "law_articles_version_id_seq_pk" PRIMARY KEY("version_id","seq")
);
--> statement-breakpoint
CREATE TABLE "law_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"law_id" uuid NOT NULL,
	"version_date" date NOT NULL,
	"adopted_date" date,
	"effective_date" date,
	"repealed_date" date,
	"status" text NOT NULL,
	"document_number" text,
	"history" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_versions_status_ck" CHECK ("law_versions"."status" in ('in_force','amended','repealed','not_yet_in_force'))
);
--> statement-breakpoint
CREATE TABLE "laws" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuing_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "laws_title_unique" UNIQUE("title")
);
--> statement-breakpoint
CREATE INDEX "law_articles_number_idx" ON "law_articles" USING btree ("version_id","number","suffix");--> statement-breakpoint
CREATE UNIQUE INDEX "law_versions_law_date_uq" ON "law_versions" USING btree ("law_id","version_date");