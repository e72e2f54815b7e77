-- WITHOUT ROWID (added by hand: drizzle-kit does not model it): the run-first primary key is the table, so
-- logging a row writes one b-tree, and a run's rows are read in one range.
CREATE TABLE `insikt_definition_before` (
	`changed_by_run` integer NOT NULL,
	`change_kind` text NOT NULL,
	`figures_lost` integer NOT NULL,
	`year` integer NOT NULL,
	`area_set` text NOT NULL,
	`note` text,
	`import_run_id` integer,
	PRIMARY KEY(`changed_by_run`, `year`),
	FOREIGN KEY (`changed_by_run`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `insikt_result_before` (
	`changed_by_run` integer NOT NULL,
	`change_kind` text NOT NULL,
	`figures_lost` integer NOT NULL,
	`year` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`area` text NOT NULL,
	`measure` text NOT NULL,
	`id` integer NOT NULL,
	`value` real,
	`responses` integer,
	`provenance` text NOT NULL,
	`source` text,
	`import_run_id` integer,
	PRIMARY KEY(`changed_by_run`, `year`, `municipality_code`, `area`, `measure`),
	FOREIGN KEY (`changed_by_run`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `municipality_before` (
	`changed_by_run` integer NOT NULL,
	`change_kind` text NOT NULL,
	`figures_lost` integer NOT NULL,
	`code` text NOT NULL,
	`name` text,
	`county_code` text,
	`county_name` text,
	`kommungrupp` text,
	PRIMARY KEY(`changed_by_run`, `code`),
	FOREIGN KEY (`changed_by_run`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sn_factor_before` (
	`changed_by_run` integer NOT NULL,
	`change_kind` text NOT NULL,
	`figures_lost` integer NOT NULL,
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
	PRIMARY KEY(`changed_by_run`, `year`, `id`),
	FOREIGN KEY (`changed_by_run`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sn_result_before` (
	`changed_by_run` integer NOT NULL,
	`change_kind` text NOT NULL,
	`figures_lost` integer NOT NULL,
	`year` integer NOT NULL,
	`municipality_code` text NOT NULL,
	`factor_id` text NOT NULL,
	`id` integer NOT NULL,
	`rank` integer,
	`score` real,
	`provenance` text NOT NULL,
	`source` text,
	`import_run_id` integer,
	PRIMARY KEY(`changed_by_run`, `year`, `municipality_code`, `factor_id`),
	FOREIGN KEY (`changed_by_run`) REFERENCES `import_run`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
-- The JSON change log of 0005 moves into the typed tables: a logged update or delete keeps the row before it; a logged
-- insert is kept for municipalities only (rows in the other tables carry their run, which is how an undo finds them).
-- The first logged state of a key in a run is the one an undo restores, hence the order and OR IGNORE.
INSERT OR IGNORE INTO `sn_result_before` (`changed_by_run`, `change_kind`, `figures_lost`, `year`, `municipality_code`, `factor_id`, `id`, `rank`, `score`, `provenance`, `source`, `import_run_id`)
	SELECT `import_run_id`,
		CASE WHEN `old_json` IS NULL THEN 'insert' WHEN `new_json` IS NULL THEN 'delete' ELSE 'update' END,
		CASE WHEN `old_json` IS NULL THEN 0 WHEN `new_json` IS NULL THEN 1 ELSE ((json_extract(`old_json`, '$.rank') IS NOT NULL AND json_extract(`new_json`, '$.rank') IS NULL) OR (json_extract(`old_json`, '$.score') IS NOT NULL AND json_extract(`new_json`, '$.score') IS NULL)) END,
		json_extract(`key_json`, '$[0]'),
		json_extract(`key_json`, '$[1]'),
		json_extract(`key_json`, '$[2]'),
		json_extract(`old_json`, '$.id'),
		json_extract(`old_json`, '$.rank'),
		json_extract(`old_json`, '$.score'),
		json_extract(`old_json`, '$.provenance'),
		json_extract(`old_json`, '$.source'),
		json_extract(`old_json`, '$.import_run_id')
	FROM `import_change` WHERE `table_name` = 'sn_result' AND `old_json` IS NOT NULL ORDER BY `id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `insikt_result_before` (`changed_by_run`, `change_kind`, `figures_lost`, `year`, `municipality_code`, `area`, `measure`, `id`, `value`, `responses`, `provenance`, `source`, `import_run_id`)
	SELECT `import_run_id`,
		CASE WHEN `old_json` IS NULL THEN 'insert' WHEN `new_json` IS NULL THEN 'delete' ELSE 'update' END,
		CASE WHEN `old_json` IS NULL THEN 0 WHEN `new_json` IS NULL THEN 1 ELSE ((json_extract(`old_json`, '$.value') IS NOT NULL AND json_extract(`new_json`, '$.value') IS NULL) OR (json_extract(`old_json`, '$.responses') IS NOT NULL AND json_extract(`new_json`, '$.responses') IS NULL)) END,
		json_extract(`key_json`, '$[0]'),
		json_extract(`key_json`, '$[1]'),
		json_extract(`key_json`, '$[2]'),
		json_extract(`key_json`, '$[3]'),
		json_extract(`old_json`, '$.id'),
		json_extract(`old_json`, '$.value'),
		json_extract(`old_json`, '$.responses'),
		json_extract(`old_json`, '$.provenance'),
		json_extract(`old_json`, '$.source'),
		json_extract(`old_json`, '$.import_run_id')
	FROM `import_change` WHERE `table_name` = 'insikt_result' AND `old_json` IS NOT NULL ORDER BY `id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `sn_factor_before` (`changed_by_run`, `change_kind`, `figures_lost`, `year`, `id`, `label`, `kind`, `weight`, `scale_min`, `scale_max`, `higher_is_better`, `provenance`, `import_run_id`)
	SELECT `import_run_id`,
		CASE WHEN `old_json` IS NULL THEN 'insert' WHEN `new_json` IS NULL THEN 'delete' ELSE 'update' END,
		CASE WHEN `old_json` IS NULL THEN 0 WHEN `new_json` IS NULL THEN 1 ELSE ((json_extract(`old_json`, '$.label') IS NOT NULL AND json_extract(`new_json`, '$.label') IS NULL) OR (json_extract(`old_json`, '$.kind') IS NOT NULL AND json_extract(`new_json`, '$.kind') IS NULL) OR (json_extract(`old_json`, '$.weight') IS NOT NULL AND json_extract(`new_json`, '$.weight') IS NULL) OR (json_extract(`old_json`, '$.scale_min') IS NOT NULL AND json_extract(`new_json`, '$.scale_min') IS NULL) OR (json_extract(`old_json`, '$.scale_max') IS NOT NULL AND json_extract(`new_json`, '$.scale_max') IS NULL) OR (json_extract(`old_json`, '$.higher_is_better') IS NOT NULL AND json_extract(`new_json`, '$.higher_is_better') IS NULL)) END,
		json_extract(`key_json`, '$[0]'),
		json_extract(`key_json`, '$[1]'),
		json_extract(`old_json`, '$.label'),
		json_extract(`old_json`, '$.kind'),
		json_extract(`old_json`, '$.weight'),
		json_extract(`old_json`, '$.scale_min'),
		json_extract(`old_json`, '$.scale_max'),
		json_extract(`old_json`, '$.higher_is_better'),
		json_extract(`old_json`, '$.provenance'),
		json_extract(`old_json`, '$.import_run_id')
	FROM `import_change` WHERE `table_name` = 'sn_factor' AND `old_json` IS NOT NULL ORDER BY `id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `insikt_definition_before` (`changed_by_run`, `change_kind`, `figures_lost`, `year`, `area_set`, `note`, `import_run_id`)
	SELECT `import_run_id`,
		CASE WHEN `old_json` IS NULL THEN 'insert' WHEN `new_json` IS NULL THEN 'delete' ELSE 'update' END,
		CASE WHEN `old_json` IS NULL THEN 0 WHEN `new_json` IS NULL THEN 1 ELSE ((json_extract(`old_json`, '$.area_set') IS NOT NULL AND json_extract(`new_json`, '$.area_set') IS NULL) OR (json_extract(`old_json`, '$.note') IS NOT NULL AND json_extract(`new_json`, '$.note') IS NULL)) END,
		json_extract(`key_json`, '$[0]'),
		json_extract(`old_json`, '$.area_set'),
		json_extract(`old_json`, '$.note'),
		json_extract(`old_json`, '$.import_run_id')
	FROM `import_change` WHERE `table_name` = 'insikt_definition' AND `old_json` IS NOT NULL ORDER BY `id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `municipality_before` (`changed_by_run`, `change_kind`, `figures_lost`, `code`, `name`, `county_code`, `county_name`, `kommungrupp`)
	SELECT `import_run_id`,
		CASE WHEN `old_json` IS NULL THEN 'insert' WHEN `new_json` IS NULL THEN 'delete' ELSE 'update' END,
		CASE WHEN `old_json` IS NULL THEN 0 WHEN `new_json` IS NULL THEN 1 ELSE ((json_extract(`old_json`, '$.name') IS NOT NULL AND json_extract(`new_json`, '$.name') IS NULL) OR (json_extract(`old_json`, '$.county_code') IS NOT NULL AND json_extract(`new_json`, '$.county_code') IS NULL) OR (json_extract(`old_json`, '$.county_name') IS NOT NULL AND json_extract(`new_json`, '$.county_name') IS NULL) OR (json_extract(`old_json`, '$.kommungrupp') IS NOT NULL AND json_extract(`new_json`, '$.kommungrupp') IS NULL)) END,
		json_extract(`key_json`, '$[0]'),
		json_extract(`old_json`, '$.name'),
		json_extract(`old_json`, '$.county_code'),
		json_extract(`old_json`, '$.county_name'),
		json_extract(`old_json`, '$.kommungrupp')
	FROM `import_change` WHERE `table_name` = 'municipality' ORDER BY `id`;
