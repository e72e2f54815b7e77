import { IMPORT_SOURCES, type ImportSource } from "../../domain/ids.ts";
import { PROVENANCES, type Provenance } from "../../domain/provenance.ts";
import { ErrorSchema } from "./errors.ts";
import {
	array,
	int,
	nullableInt,
	nullableStr,
	object,
	str,
	stringEnum,
} from "./json.ts";

export interface ImportRunSummary {
	id: number;
	source: ImportSource;
	fileName: string;
	sha256: string;
	rows: number;
	provenance: Provenance;
	status: "ok" | "failed";
	startedAt: string;
	finishedAt: string | null;
	/** Number of warnings the run stored. */
	warnings: number;
	/** Number of errors the run stored. */
	errors: number;
	years: number[];
}

export interface ImportRunList {
	runs: ImportRunSummary[];
}

export const ImportRunListQuery = {
	type: "object",
	properties: {
		limit: {
			type: "integer",
			minimum: 1,
			maximum: 1000,
			default: 100,
			description: "How many runs to return, newest first",
		},
	},
} as const;

export interface ImportRunListQuery {
	limit: number;
}

export const ImportRunListSchema = object({
	runs: array(
		object({
			id: int,
			source: stringEnum(IMPORT_SOURCES),
			fileName: str,
			sha256: str,
			rows: int,
			provenance: stringEnum(PROVENANCES),
			status: stringEnum(["ok", "failed"] as const),
			startedAt: str,
			finishedAt: nullableStr,
			warnings: int,
			errors: int,
			years: array(int),
		}),
	),
});

/** A problem in an uploaded file, with the CLI's `file:line:column: reason` line. */
export interface UploadIssue {
	line: number | null;
	column: number | null;
	message: string;
	formatted: string;
}

export interface UploadYear {
	year: number;
	/** Rows the file brings for the year. */
	incoming: number;
	/** Stored rows of the same source the file replaces (0 unless imported or previewed). */
	replaced: number;
}

export const UPLOAD_OUTCOMES = [
	"imported",
	"dry-run",
	"unchanged",
	"refused",
] as const;
export type UploadOutcome = (typeof UPLOAD_OUTCOMES)[number];

export interface UploadResult {
	outcome: UploadOutcome;
	/** The run that wrote (or earlier wrote, when unchanged) the data; null for dry runs and refusals. */
	runId: number | null;
	/** The uploaded file's name, used as a label only. */
	fileName: string;
	source: ImportSource;
	sha256: string;
	rows: number;
	years: UploadYear[];
	warnings: UploadIssue[];
	errors: UploadIssue[];
}

export const UploadQuery = {
	type: "object",
	properties: {
		dryRun: {
			type: "boolean",
			default: false,
			description: "Parse and preview only; nothing is written",
		},
		source: {
			...stringEnum(IMPORT_SOURCES),
			description: "Force the format instead of detecting it from the headers",
		},
	},
} as const;

export interface UploadQuery {
	dryRun: boolean;
	source?: ImportSource;
}

const UploadIssueSchema = object({
	line: nullableInt,
	column: nullableInt,
	message: str,
	formatted: str,
});

const uploadResultProperties = {
	outcome: stringEnum(UPLOAD_OUTCOMES),
	runId: nullableInt,
	fileName: str,
	source: stringEnum(IMPORT_SOURCES),
	sha256: str,
	rows: int,
	years: array(object({ year: int, incoming: int, replaced: int })),
	warnings: array(UploadIssueSchema),
	errors: array(UploadIssueSchema),
} as const;

export const UploadResultSchema = object(uploadResultProperties);

/** A refused file: the error shape, plus the same summary with every error found. */
export interface UploadRefusal extends UploadResult {
	error: { code: string; message: string; status: number };
}

export const UploadRefusalSchema = {
	type: "object",
	required: ["error", ...Object.keys(uploadResultProperties)],
	properties: {
		...uploadResultProperties,
		error: ErrorSchema.properties.error,
	},
} as const;
