CREATE TABLE "trend_dirty" (
	"article_id" text NOT NULL,
	"topic" text NOT NULL,
	"actor" text NOT NULL,
	"scorer" text NOT NULL,
	"day" text NOT NULL,
	CONSTRAINT "trend_dirty_article_id_topic_actor_scorer_day_pk" PRIMARY KEY("article_id","topic","actor","scorer","day")
);
--> statement-breakpoint
CREATE TABLE "trend_rollup" (
	"topic" text NOT NULL,
	"scorer" text NOT NULL,
	"span" text NOT NULL,
	"actor" text NOT NULL,
	"start" text NOT NULL,
	"records" integer NOT NULL,
	"n" integer NOT NULL,
	"w1" double precision NOT NULL,
	"w2" double precision NOT NULL,
	"wx" double precision NOT NULL,
	"wx2" double precision NOT NULL,
	"x1" double precision NOT NULL,
	"x2" double precision NOT NULL,
	"sources" text NOT NULL,
	CONSTRAINT "trend_rollup_topic_scorer_span_actor_start_pk" PRIMARY KEY("topic","scorer","span","actor","start")
);
--> statement-breakpoint
CREATE TABLE "trend_shared" (
	"topic" text NOT NULL,
	"scorer" text NOT NULL,
	"actor_a" text NOT NULL,
	"actor_b" text NOT NULL,
	"day" text NOT NULL,
	"article_id" text NOT NULL,
	CONSTRAINT "trend_shared_topic_scorer_actor_a_actor_b_day_article_id_pk" PRIMARY KEY("topic","scorer","actor_a","actor_b","day","article_id")
);
--> statement-breakpoint
CREATE INDEX "trend_shared_article_idx" ON "trend_shared" USING btree ("article_id");--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers): every write to `stances`, by any path,
-- marks what it touched, so the rollup is refreshed from the records themselves. Statement-level
-- triggers with transition tables: one insert per statement, not one per record. A mark already
-- there is updated, not skipped, so this transaction holds it: a refresh committing meanwhile
-- cannot remove it before this transaction's own refresh.
CREATE FUNCTION "trend_mark_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "trend_dirty" ("article_id", "topic", "actor", "scorer", "day")
	SELECT DISTINCT "article_id", "topic", "actor", "scorer", substr("published_at", 1, 10) FROM new_rows WHERE "published_at" IS NOT NULL
	ON CONFLICT ("article_id", "topic", "actor", "scorer", "day") DO UPDATE SET "day" = excluded."day";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "trend_mark_old"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "trend_dirty" ("article_id", "topic", "actor", "scorer", "day")
	SELECT DISTINCT "article_id", "topic", "actor", "scorer", substr("published_at", 1, 10) FROM old_rows WHERE "published_at" IS NOT NULL
	ON CONFLICT ("article_id", "topic", "actor", "scorer", "day") DO UPDATE SET "day" = excluded."day";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "trend_mark_both"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "trend_dirty" ("article_id", "topic", "actor", "scorer", "day")
	SELECT "article_id", "topic", "actor", "scorer", substr("published_at", 1, 10) FROM old_rows WHERE "published_at" IS NOT NULL
	UNION SELECT "article_id", "topic", "actor", "scorer", substr("published_at", 1, 10) FROM new_rows WHERE "published_at" IS NOT NULL
	ON CONFLICT ("article_id", "topic", "actor", "scorer", "day") DO UPDATE SET "day" = excluded."day";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "trend_dirty_insert" AFTER INSERT ON "stances" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trend_mark_new"();
--> statement-breakpoint
CREATE TRIGGER "trend_dirty_delete" AFTER DELETE ON "stances" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "trend_mark_old"();
--> statement-breakpoint
CREATE TRIGGER "trend_dirty_update" AFTER UPDATE ON "stances" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trend_mark_both"();
--> statement-breakpoint
-- Records stored before the rollup existed: one mark that asks the next refresh for a full build.
INSERT INTO "trend_dirty" ("article_id", "topic", "actor", "scorer", "day") VALUES ('*', '*', '*', '*', '*');
