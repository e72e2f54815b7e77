CREATE TABLE `import_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_run_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`key_json` text NOT NULL,
	`old_json` text,
	`new_json` text,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_change_run` ON `import_change` (`import_run_id`,`table_name`);--> statement-breakpoint
CREATE INDEX `import_change_key` ON `import_change` (`table_name`,`key_json`,`import_run_id`);--> statement-breakpoint
ALTER TABLE `import_run` ADD `undone_at` text;--> statement-breakpoint
ALTER TABLE `import_run` ADD `changes_logged` integer DEFAULT false NOT NULL;