CREATE TABLE `import_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`rows` integer NOT NULL,
	`provenance` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`errors_json` text DEFAULT '[]' NOT NULL,
	`warnings_json` text DEFAULT '[]' NOT NULL,
	`years_json` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `insikt_definition` (
	`year` integer PRIMARY KEY NOT NULL,
	`area_set` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `insikt_result` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`area` text NOT NULL,
	`measure` text NOT NULL,
	`value` real,
	`responses` integer,
	`provenance` text NOT NULL,
	`source` text,
	`import_run_id` integer,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `insikt_result_key` ON `insikt_result` (`year`,`municipality_code`,`area`,`measure`);--> statement-breakpoint
CREATE INDEX `insikt_result_municipality` ON `insikt_result` (`municipality_code`,`year`);--> statement-breakpoint
CREATE TABLE `municipality` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`county_code` text NOT NULL,
	`county_name` text NOT NULL,
	`kommungrupp` text
);
--> statement-breakpoint
CREATE TABLE `sn_factor` (
	`year` integer NOT NULL,
	`id` text NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	`weight` real NOT NULL,
	`scale_min` real,
	`scale_max` real,
	`higher_is_better` integer NOT NULL,
	`provenance` text NOT NULL,
	`import_run_id` integer,
	PRIMARY KEY(`year`, `id`),
	FOREIGN KEY (`import_run_id`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sn_result` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`factor_id` text NOT NULL,
	`rank` integer,
	`score` real,
	`provenance` text NOT NULL,
	`source` text,
	`import_run_id` integer,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipality`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sn_result_key` ON `sn_result` (`year`,`municipality_code`,`factor_id`);--> statement-breakpoint
CREATE INDEX `sn_result_municipality` ON `sn_result` (`municipality_code`,`year`);