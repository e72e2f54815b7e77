import {
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
	ACTION_HISTORY_FIELDS,
	ACTION_STATUSES,
	USER_ROLES,
} from "../domain/actions.ts";
import { IMPORT_SOURCES } from "../domain/ids.ts";
import { PROVENANCES } from "../domain/provenance.ts";

export const municipality = sqliteTable("municipality", {
	/** Four-digit SCB code, kept as text so "0114" keeps its leading zero. */
	code: text("code").primaryKey(),
	name: text("name").notNull(),
	countyCode: text("county_code").notNull(),
	countyName: text("county_name").notNull(),
	kommungrupp: text("kommungrupp"),
});

/**
 * One import of one file. Indexed by source: every import reads the runs of its source (the
 * municipality list's latest run, a replacement's older runs), and the table only grows.
 */
export const importRun = sqliteTable(
	"import_run",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		source: text("source", { enum: IMPORT_SOURCES }).notNull(),
		fileName: text("file_name").notNull(),
		sha256: text("sha256").notNull(),
		rows: integer("rows").notNull(),
		provenance: text("provenance", { enum: PROVENANCES }).notNull(),
		startedAt: text("started_at").notNull(),
		finishedAt: text("finished_at"),
		status: text("status", { enum: ["ok", "failed"] }).notNull(),
		/** JSON array of { message, line?, column? } that refused the file. */
		errorsJson: text("errors_json").notNull().default("[]"),
		/** JSON array of warnings that did not block the import. */
		warningsJson: text("warnings_json").notNull().default("[]"),
		/** JSON array of the years the run wrote. */
		yearsJson: text("years_json").notNull().default("[]"),
		/** When the run was undone (its figures restored to what they were before it); never deleted. */
		undoneAt: text("undone_at"),
		/** 1 when every figure the run changed is in the change log (runs from before 0005 are not). */
		changesLogged: integer("changes_logged", { mode: "boolean" })
			.notNull()
			.default(false),
	},
	(t) => [index("import_run_source").on(t.source)],
);

/** What a logged row records: the row before a run updated or deleted it, or a key it inserted. */
export const CHANGE_KINDS = ["insert", "update", "delete"] as const;

/** The run that changed the row, and how. */
function changedBy() {
	return {
		changedByRun: integer("changed_by_run")
			.notNull()
			.references(() => importRun.id),
		changeKind: text("change_kind", { enum: CHANGE_KINDS }).notNull(),
		/** 1 when the change left a figure of the row without a value (always for a delete). */
		figuresLost: integer("figures_lost", { mode: "boolean" }).notNull(),
	};
}

/** The run that last wrote a row; the change log keeps it without the foreign key. */
const lastRun = () => integer("import_run_id").references(() => importRun.id);

/** sn_factor's columns but its run, shared with its change log (sn_factor_before). */
function snFactorColumns() {
	return {
		year: integer("year").notNull(),
		id: text("id").notNull(),
		label: text("label").notNull(),
		kind: text("kind", { enum: ["survey", "statistic"] }).notNull(),
		/** Share of the total, e.g. 6/18 for sammanfattande omdöme 2016–2019. Data per year, never a constant. */
		weight: real("weight").notNull(),
		scaleMin: real("scale_min"),
		scaleMax: real("scale_max"),
		higherIsBetter: integer("higher_is_better", { mode: "boolean" }).notNull(),
		provenance: text("provenance", { enum: PROVENANCES }).notNull(),
	};
}

export const snFactor = sqliteTable(
	"sn_factor",
	{ ...snFactorColumns(), importRunId: lastRun() },
	(t) => [primaryKey({ columns: [t.year, t.id] })],
);

/**
 * One figure of Svenskt Näringsliv's ranking. factor_id "total" is the total: rank is the
 * September placing, score the survey's sammanfattande omdöme (May releases have score, no rank).
 * (year, rank) is deliberately not unique: SN's tie rule is unknown.
 *
 * Indexes are year-major on purpose: a year's import then writes a few neighbouring pages. An index
 * led by municipality_code would put each of a year's rows on a different page (all of them
 * rewritten on commit); history queries seek the key index year by year instead.
 */
/** sn_result's columns but its surrogate id and its run, shared with sn_result_before. */
function snResultColumns() {
	return {
		year: integer("year").notNull(),
		/**
		 * One of the 290, or RIKET_CODE ("0000") for the whole country's statistics (SN's
		 * Statistik.xlsx has a "Sverige" row): no foreign key, as in insikt_result. The importers
		 * check every code against the municipality table.
		 */
		municipalityCode: text("municipality_code").notNull(),
		factorId: text("factor_id").notNull(),
		rank: integer("rank"),
		score: real("score"),
		provenance: text("provenance", { enum: PROVENANCES }).notNull(),
		/** Citation of the published source, e.g. "foretagsklimat.se, Ranking 2023". */
		source: text("source"),
	};
}

export const snResult = sqliteTable(
	"sn_result",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		...snResultColumns(),
		importRunId: lastRun(),
	},
	(t) => [
		uniqueIndex("sn_result_key").on(t.year, t.municipalityCode, t.factorId),
		index("sn_result_run").on(t.importRunId, t.year),
	],
);

/** SKR Insikt values; municipality RIKET_CODE ("0000") is Riket. */
/** insikt_result's columns but its surrogate id and its run, shared with insikt_result_before. */
function insiktResultColumns() {
	return {
		year: integer("year").notNull(),
		municipalityCode: text("municipality_code").notNull(),
		area: text("area").notNull(),
		measure: text("measure").notNull(),
		value: real("value"),
		responses: integer("responses"),
		provenance: text("provenance", { enum: PROVENANCES }).notNull(),
		source: text("source"),
	};
}

export const insiktResult = sqliteTable(
	"insikt_result",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		...insiktResultColumns(),
		importRunId: lastRun(),
	},
	(t) => [
		uniqueIndex("insikt_result_key").on(
			t.year,
			t.municipalityCode,
			t.area,
			t.measure,
		),
		index("insikt_result_run").on(t.importRunId, t.year),
	],
);

/** insikt_definition's columns but its year (the key) and its run, shared with its change log. */
function insiktDefinitionColumns() {
	return {
		/** JSON array of area ids. */
		areaSet: text("area_set").notNull(),
		note: text("note"),
	};
}

/** Which areas NKI totalt covers each year: the 2024 definition break is data, not code. */
export const insiktDefinition = sqliteTable("insikt_definition", {
	year: integer("year").primaryKey(),
	...insiktDefinitionColumns(),
	importRunId: lastRun(),
});

/*
 * The change log, one table per table an import writes: each row a run updated or deleted, as it
 * was before the run (every column, the surrogate id too), so that the run can be undone exactly.
 * A row a run inserts into a table that records its run (import_run_id) is not logged: it is the
 * row carrying the run with no logged earlier state. Municipalities carry no run, so their
 * inserts are logged, key only. Written by per-connection TEMP triggers
 * (importers/pipeline/changeLog.ts) while a run is applied. Each takes its table's own columns
 * (below), so the two cannot drift apart. Typed columns and the run-first primary key keep the log
 * to about 40 % on top of an update, where the JSON log of 0005 added about 90 %.
 * Migration 0007 makes them WITHOUT ROWID by hand (drizzle-kit does not model it): the primary key
 * is the table, so a logged row is written to one b-tree.
 */

export const snResultBefore = sqliteTable(
	"sn_result_before",
	{
		...changedBy(),
		...snResultColumns(),
		id: integer("id").notNull(),
		importRunId: integer("import_run_id"),
	},
	(t) => [
		primaryKey({
			columns: [t.changedByRun, t.year, t.municipalityCode, t.factorId],
		}),
	],
);

export const insiktResultBefore = sqliteTable(
	"insikt_result_before",
	{
		...changedBy(),
		...insiktResultColumns(),
		id: integer("id").notNull(),
		importRunId: integer("import_run_id"),
	},
	(t) => [
		primaryKey({
			columns: [t.changedByRun, t.year, t.municipalityCode, t.area, t.measure],
		}),
	],
);

export const snFactorBefore = sqliteTable(
	"sn_factor_before",
	{
		...changedBy(),
		...snFactorColumns(),
		importRunId: integer("import_run_id"),
	},
	(t) => [primaryKey({ columns: [t.changedByRun, t.year, t.id] })],
);

export const insiktDefinitionBefore = sqliteTable(
	"insikt_definition_before",
	{
		...changedBy(),
		year: integer("year").notNull(),
		...insiktDefinitionColumns(),
		importRunId: integer("import_run_id"),
	},
	(t) => [primaryKey({ columns: [t.changedByRun, t.year] })],
);

/**
 * An inserted municipality is logged by its code alone, so its other columns are nullable here
 * (in municipality they are not): the one log table with columns of its own.
 */
export const municipalityBefore = sqliteTable(
	"municipality_before",
	{
		...changedBy(),
		code: text("code").notNull(),
		name: text("name"),
		countyCode: text("county_code"),
		countyName: text("county_name"),
		kommungrupp: text("kommungrupp"),
	},
	(t) => [primaryKey({ columns: [t.changedByRun, t.code] })],
);

/** A named account. Passwords are stored only as a self-describing scrypt hash. */
export const user = sqliteTable("user", {
	/** Lower-case login name, e.g. "anna.berg". */
	name: text("name").primaryKey(),
	role: text("role", { enum: USER_ROLES }).notNull(),
	passwordHash: text("password_hash").notNull(),
	createdAt: text("created_at").notNull(),
	passwordChangedAt: text("password_changed_at").notNull(),
});

/**
 * A login. The id is the SHA-256 of the random token in the cookie, so a copy of the database
 * cannot be used to log in; removing the account ends its sessions.
 */
export const session = sqliteTable(
	"session",
	{
		id: text("id").primaryKey(),
		userName: text("user_name")
			.notNull()
			.references(() => user.name, { onDelete: "cascade" }),
		createdAt: text("created_at").notNull(),
		expiresAt: text("expires_at").notNull(),
	},
	(t) => [
		index("session_user").on(t.userName),
		index("session_expires").on(t.expiresAt),
	],
);

/**
 * An action of the programme's plan. Never deleted: archived_at hides it from the plan. Who
 * changed what is in action_change; created_by/updated_by are names, kept when an account goes.
 */
export const action = sqliteTable("action", {
	id: integer("id").primaryKey({ autoIncrement: true }),
	title: text("title").notNull(),
	description: text("description").notNull().default(""),
	ownerDepartment: text("owner_department").notNull(),
	ownerPerson: text("owner_person").notNull().default(""),
	/** YYYY-MM-DD. */
	start: text("start"),
	due: text("due"),
	status: text("status", { enum: ACTION_STATUSES }).notNull(),
	version: integer("version").notNull().default(1),
	createdAt: text("created_at").notNull(),
	createdBy: text("created_by").notNull(),
	updatedAt: text("updated_at").notNull(),
	updatedBy: text("updated_by").notNull(),
	archivedAt: text("archived_at"),
});

/** The SN factors an action aims to move (ids as sn_factor.id, "total" for the total rank). */
export const actionFactor = sqliteTable(
	"action_factor",
	{
		actionId: integer("action_id")
			.notNull()
			.references(() => action.id),
		factorId: text("factor_id").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.actionId, t.factorId] }),
		index("action_factor_factor").on(t.factorId),
	],
);

/** The Insikt areas an action aims to move. */
export const actionArea = sqliteTable(
	"action_area",
	{
		actionId: integer("action_id")
			.notNull()
			.references(() => action.id),
		area: text("area").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.actionId, t.area] }),
		index("action_area_area").on(t.area),
	],
);

/** A dated progress note on an action. */
export const actionNote = sqliteTable(
	"action_note",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		actionId: integer("action_id")
			.notNull()
			.references(() => action.id),
		/** YYYY-MM-DD: the day the note is about. */
		date: text("date").notNull(),
		text: text("text").notNull(),
		author: text("author").notNull(),
		createdAt: text("created_at").notNull(),
	},
	(t) => [index("action_note_action").on(t.actionId, t.date)],
);

/** Every change to an action: who, when, which field, the old and the new value (JSON). */
export const actionChange = sqliteTable(
	"action_change",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		actionId: integer("action_id")
			.notNull()
			.references(() => action.id),
		changedAt: text("changed_at").notNull(),
		changedBy: text("changed_by").notNull(),
		field: text("field", { enum: ACTION_HISTORY_FIELDS }).notNull(),
		oldValue: text("old_value"),
		newValue: text("new_value"),
	},
	(t) => [index("action_change_action").on(t.actionId, t.id)],
);
