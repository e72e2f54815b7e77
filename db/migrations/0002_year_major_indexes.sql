DROP INDEX `insikt_result_municipality`;--> statement-breakpoint
CREATE INDEX `insikt_result_run` ON `insikt_result` (`import_run_id`,`year`);--> statement-breakpoint
DROP INDEX `sn_result_municipality`;--> statement-breakpoint
CREATE INDEX `sn_result_run` ON `sn_result` (`import_run_id`,`year`);