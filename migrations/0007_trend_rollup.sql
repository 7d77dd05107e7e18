CREATE TABLE `trend_dirty` (
	`article_id` text NOT NULL,
	`topic` text NOT NULL,
	`actor` text NOT NULL,
	`scorer` text NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`article_id`, `topic`, `actor`, `scorer`, `day`)
);
--> statement-breakpoint
CREATE TABLE `trend_rollup` (
	`topic` text NOT NULL,
	`scorer` text NOT NULL,
	`span` text NOT NULL,
	`actor` text NOT NULL,
	`start` text NOT NULL,
	`records` integer NOT NULL,
	`n` integer NOT NULL,
	`w1` real NOT NULL,
	`w2` real NOT NULL,
	`wx` real NOT NULL,
	`wx2` real NOT NULL,
	`x1` real NOT NULL,
	`x2` real NOT NULL,
	`sources` text NOT NULL,
	PRIMARY KEY(`topic`, `scorer`, `span`, `actor`, `start`)
);
--> statement-breakpoint
CREATE TABLE `trend_shared` (
	`topic` text NOT NULL,
	`scorer` text NOT NULL,
	`actor_a` text NOT NULL,
	`actor_b` text NOT NULL,
	`day` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`topic`, `scorer`, `actor_a`, `actor_b`, `day`, `article_id`)
);
--> statement-breakpoint
CREATE INDEX `trend_shared_article_idx` ON `trend_shared` (`article_id`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers): every write to `stances`, by any path,
-- marks what it touched, so the rollup is refreshed from the records themselves.
CREATE TRIGGER `trend_dirty_insert` AFTER INSERT ON `stances` WHEN new.published_at IS NOT NULL BEGIN
	INSERT OR IGNORE INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) VALUES (new.article_id, new.topic, new.actor, new.scorer, substr(new.published_at, 1, 10));
END;
--> statement-breakpoint
CREATE TRIGGER `trend_dirty_delete` AFTER DELETE ON `stances` WHEN old.published_at IS NOT NULL BEGIN
	INSERT OR IGNORE INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) VALUES (old.article_id, old.topic, old.actor, old.scorer, substr(old.published_at, 1, 10));
END;
--> statement-breakpoint
CREATE TRIGGER `trend_dirty_update` AFTER UPDATE OF `article_id`, `actor`, `topic`, `score`, `confidence`, `scorer`, `published_at`, `source`, `cluster` ON `stances` BEGIN
	INSERT OR IGNORE INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) SELECT old.article_id, old.topic, old.actor, old.scorer, substr(old.published_at, 1, 10) WHERE old.published_at IS NOT NULL;
	INSERT OR IGNORE INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) SELECT new.article_id, new.topic, new.actor, new.scorer, substr(new.published_at, 1, 10) WHERE new.published_at IS NOT NULL;
END;
--> statement-breakpoint
-- Records stored before the rollup existed: one mark that asks the next refresh for a full build.
INSERT INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) VALUES ('*', '*', '*', '*', '*');
