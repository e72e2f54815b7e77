PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sn_result` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`factor_id` text NOT NULL,
	`rank` integer,
	`score` real,
	`provenance` text NOT NULL,
	`source` text,
	`import_run_id` integer,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_sn_result`("id", "year", "municipality_code", "factor_id", "rank", "score", "provenance", "source", "import_run_id") SELECT "id", "year", "municipality_code", "factor_id", "rank", "score", "provenance", "source", "import_run_id" FROM `sn_result`;--> statement-breakpoint
DROP TABLE `sn_result`;--> statement-breakpoint
ALTER TABLE `__new_sn_result` RENAME TO `sn_result`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `sn_result_key` ON `sn_result` (`year`,`municipality_code`,`factor_id`);--> statement-breakpoint
CREATE INDEX `sn_result_run` ON `sn_result` (`import_run_id`,`year`);