ALTER TABLE `articles` ADD `claimed_by` integer;--> statement-breakpoint
ALTER TABLE `runs` ADD `pid` integer;--> statement-breakpoint
ALTER TABLE `runs` ADD `host` text;--> statement-breakpoint
ALTER TABLE `runs` ADD `heartbeat_at` text;