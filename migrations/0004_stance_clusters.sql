DROP INDEX `stances_trend_cover_idx`;--> statement-breakpoint
ALTER TABLE `stances` ADD `cluster` integer;--> statement-breakpoint
CREATE INDEX `stances_trend_cover_idx` ON `stances` (`topic`,`actor`,`published_at`,`article_id`,`score`,`confidence`,`scorer`,`source`,`lang`,`cluster`);