-- The analysis save marks the records it inserts itself, and only those the rollup's sums cannot
-- take in at once (pipeline/db/rollup-append.ts): marking every record by trigger and removing
-- the marks again in the same transaction cost a quarter of the save. While that save's
-- transaction holds the row ('+', '+', '+', '+', '+') in `trend_dirty`, this trigger leaves its
-- inserts to it; the save removes the row before it commits (a rollback removes it too), so
-- every other writer, and every other transaction, finds the trigger as before.
DROP TRIGGER `trend_dirty_insert`;
--> statement-breakpoint
CREATE TRIGGER `trend_dirty_insert` AFTER INSERT ON `stances` WHEN new.published_at IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM `trend_dirty` WHERE `article_id` = '+' AND `topic` = '+' AND `actor` = '+' AND `scorer` = '+' AND `day` = '+') BEGIN
	INSERT OR IGNORE INTO `trend_dirty` (`article_id`, `topic`, `actor`, `scorer`, `day`) VALUES (new.article_id, new.topic, new.actor, new.scorer, substr(new.published_at, 1, 10));
END;
