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
CREATE INDEX "law_citations_article_idx" ON "law_citations" USING btree ("version_id","article_seq");