import { type Static, Type } from "@sinclair/typebox";
import { IMPORT_SOURCES } from "../../domain/ids.ts";
import { PROVENANCES } from "../../domain/provenance.ts";
import { ErrorBodySchema } from "./errors.ts";
import {
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

/** A problem in an uploaded file, with the CLI's `file:line:column: reason` line. */
const UploadIssueSchema = Obj({
	line: NullableInt,
	column: NullableInt,
	message: Str,
	formatted: Str,
});
export type UploadIssue = Static<typeof UploadIssueSchema>;

const UploadYearSchema = Obj({
	year: Int,
	/** Rows the file brings for the year. */
	incoming: Int,
	/** Stored rows of the same source the file replaces (0 unless imported or previewed). */
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

export const UploadQuery = Query({
	dryRun: Type.Boolean({
		default: false,
		description: "Parse and preview only; nothing is written",
	}),
	source: Type.Optional({
		...ImportSourceSchema,
		description: "Force the format instead of detecting it from the headers",
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
	years: List(UploadYearSchema),
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
