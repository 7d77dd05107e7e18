CREATE TABLE `analyses` (
	`article_id` text NOT NULL,
	`scorer` text NOT NULL,
	`records` integer NOT NULL,
	`finished_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`article_id`, `scorer`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_sources` (
	`article_id` text NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`input_id` text,
	`file` text,
	`line` integer,
	`seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`article_id`, `source`, `url`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`content_hash` text NOT NULL,
	`title` text,
	`text` text NOT NULL,
	`lang` text,
	`published_at` text,
	`source` text,
	`url` text,
	`origin_file` text,
	`origin_line` integer,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_idx` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_status_idx` ON `articles` (`status`);--> statement-breakpoint
CREATE INDEX `articles_published_at_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`command` text NOT NULL,
	`scorer` text,
	`status` text NOT NULL,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`finished_at` text,
	`stats` text
);
--> statement-breakpoint
CREATE TABLE `stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`actor` text NOT NULL,
	`topic` text NOT NULL,
	`score` real NOT NULL,
	`label` text NOT NULL,
	`confidence` real NOT NULL,
	`evidence` text NOT NULL,
	`scorer` text NOT NULL,
	`model` text NOT NULL,
	`model_version` text NOT NULL,
	`published_at` text,
	`source` text,
	`lang` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stances_unique_idx` ON `stances` (`article_id`,`actor`,`topic`,`scorer`);--> statement-breakpoint
CREATE INDEX `stances_trend_idx` ON `stances` (`topic`,`actor`,`published_at`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` text PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
