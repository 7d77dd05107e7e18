CREATE TABLE `nli_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`entailment` real NOT NULL,
	`neutral` real NOT NULL,
	`contradiction` real NOT NULL
);
