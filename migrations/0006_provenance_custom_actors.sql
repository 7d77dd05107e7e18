CREATE TABLE `custom_actors` (
	`code` text PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `custom_people` (
	`actor` text NOT NULL,
	`person` text NOT NULL,
	`from` text NOT NULL,
	`definition` text NOT NULL,
	PRIMARY KEY(`actor`, `person`, `from`)
);
--> statement-breakpoint
ALTER TABLE `stances` ADD `topic_hash` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `tool_version` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `lexicon_version` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `gazetteer_version` text;