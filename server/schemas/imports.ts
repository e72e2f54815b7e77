import { type Static, Type } from "@sinclair/typebox";
import { IMPORT_SOURCES } from "../../domain/ids.ts";
import type { IssueCode } from "../../domain/importIssues.ts";
import { PROVENANCES } from "../../domain/provenance.ts";
import { LOGGED_TABLES } from "../../importers/pipeline/changeLog.ts";
import { ErrorBodySchema } from "./errors.ts";
import {
	Bool,
	Int,
	List,
	NullableInt,
	NullableStr,
	Obj,
	Query,
	Str,
	StringEnum,
} from "./json.ts";

const ImportSourceSchema = StringEnum(IMPORT_SOURCES);

export const ImportRunSummarySchema = Obj({
	id: Int,
	source: ImportSourceSchema,
	fileName: Str,
	sha256: Str,
	rows: Int,
	provenance: StringEnum(PROVENANCES),
	status: StringEnum(["ok", "failed"] as const),
	startedAt: Str,
	finishedAt: NullableStr,
	/** Number of warnings the run stored. */
	warnings: Int,
	/** Number of errors the run stored. */
	errors: Int,
	years: List(Int),
	/** When the run was undone (its figures put back as they were before it); null if it stands. */
	undoneAt: NullableStr,
	/** Whether the run can be asked to be undone: it stands, and its changes were recorded. */
	canUndo: Bool,
});
export type ImportRunSummary = Static<typeof ImportRunSummarySchema>;

export const ImportRunListSchema = Obj({ runs: List(ImportRunSummarySchema) });
export type ImportRunList = Static<typeof ImportRunListSchema>;

export const ImportRunListQuery = Query({
	limit: Type.Integer({
		minimum: 1,
		maximum: 1000,
		default: 100,
		description: "How many runs to return, newest first",
	}),
});
export type ImportRunListQuery = Static<typeof ImportRunListQuery>;

/**
 * A problem in an uploaded file, with the CLI's `file:line:column: reason` line, and its code,
 * parameters and place so the client can word it in Swedish or English (describeIssue).
 */
const UploadIssueSchema = Obj({
	line: NullableInt,
	column: NullableInt,
	message: Str,
	formatted: Str,
	code: Type.Optional(Type.Unsafe<IssueCode>({ type: "string" })),
	/** The parameters of the code's sentence (see domain/importIssues.ts). */
	params: Type.Optional(
		Type.Unsafe<Record<string, unknown>>({
			type: "object",
			additionalProperties: true,
		}),
	),
	header: Type.Optional(Str),
	value: Type.Optional(Str),
	sheet: Type.Optional(Str),
	cell: Type.Optional(Str),
});
export type UploadIssue = Static<typeof UploadIssueSchema>;

const UploadYearSchema = Obj({
	year: Int,
	/** Rows the file brings for the year. */
	incoming: Int,
	/** Stored rows the import adds, changes and removes for the year (0 unless imported or previewed). */
	added: Int,
	changed: Int,
	removed: Int,
	/** changed + removed. */
	replaced: Int,
});
export type UploadYear = Static<typeof UploadYearSchema>;

export const UPLOAD_OUTCOMES = [
	"imported",
	"dry-run",
	"unchanged",
	"refused",
] as const;
export type UploadOutcome = (typeof UPLOAD_OUTCOMES)[number];

const FigureValueSchema = Type.Unsafe<number | string | null>({
	type: ["number", "string", "null"],
});

/** A stored figure an import changes or removes: the stored value and where it came from, the new value. */
const FigureChangeSchema = Obj({
	table: StringEnum(LOGGED_TABLES),
	/** The row's key, e.g. [2023, "1402", "total"]. */
	key: List(FigureValueSchema),
	field: Str,
	oldValue: FigureValueSchema,
	newValue: FigureValueSchema,
	oldProvenance: NullableStr,
	/** The stored citation, e.g. "foretagsklimat.se, Ranking 2023". */
	oldSource: NullableStr,
	oldRunId: NullableInt,
	oldFileName: NullableStr,
});
export type FigureChange = Static<typeof FigureChangeSchema>;

/** The first 200 figures of a list, and how many there are. */
const FigureListSchema = Obj({ total: Int, items: List(FigureChangeSchema) });

const ImportChangesSchema = Obj({
	/** Stored rows added, changed and removed (all zero when unchanged or refused). */
	added: Int,
	changed: Int,
	removed: Int,
	/** Stored published figures the file gives another value. */
	conflicts: FigureListSchema,
	/** Stored figures that go (only when replacing the years). */
	removals: FigureListSchema,
});
export type ImportChanges = Static<typeof ImportChangesSchema>;

export const UploadQuery = Query({
	dryRun: Type.Boolean({
		default: false,
		description: "Parse and preview only; nothing is written",
	}),
	source: Type.Optional({
		...ImportSourceSchema,
		description: "Force the format instead of detecting it from the headers",
	}),
	replaceYears: Type.Boolean({
		default: false,
		description:
			"Remove what the source stored for the file's years and the file does not carry (else only the file's figures are written)",
	}),
});
export type UploadQuery = Static<typeof UploadQuery>;

const uploadResultProperties = {
	outcome: StringEnum(UPLOAD_OUTCOMES),
	/** The run that wrote (or earlier wrote, when unchanged) the data; null for dry runs and refusals. */
	runId: NullableInt,
	/** The uploaded file's name, used as a label only. */
	fileName: Str,
	source: ImportSourceSchema,
	sha256: Str,
	rows: Int,
	/** Whether the file replaced its years (removing what it does not carry) or was written over them. */
	replaceYears: Bool,
	years: List(UploadYearSchema),
	changes: ImportChangesSchema,
	/** The first MAX_ISSUES_SENT (200) warnings and errors; the counts say how many there are. */
	warnings: List(UploadIssueSchema),
	errors: List(UploadIssueSchema),
	warningCount: Int,
	errorCount: Int,
};

export const UploadResultSchema = Obj(uploadResultProperties);
export type UploadResult = Static<typeof UploadResultSchema>;

/** A refused file: the error shape, plus the same summary with every error found. */
export const UploadRefusalSchema = Obj({
	...uploadResultProperties,
	error: ErrorBodySchema,
});
export type UploadRefusal = Static<typeof UploadRefusalSchema>;

export const ImportRunParams = Obj({ id: Type.Integer({ minimum: 1 }) });
export type ImportRunParams = Static<typeof ImportRunParams>;

/** An undone run: how many rows were deleted (it added them), restored and put back (it removed them). */
export const UndoResultSchema = Obj({
	runId: Int,
	undoneAt: Str,
	deleted: Int,
	restored: Int,
	reinserted: Int,
});
export type UndoResult = Static<typeof UndoResultSchema>;

/** A run that cannot be undone (409): the error, and the later runs that changed the same figures. */
export const UndoRefusalSchema = Obj({
	error: ErrorBodySchema,
	laterRuns: List(Obj({ id: Int, fileName: Str })),
});
export type UndoRefusal = Static<typeof UndoRefusalSchema>;
