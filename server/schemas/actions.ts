import {
	type Static,
	type TOptional,
	type TSchema,
	Type,
} from "@sinclair/typebox";
import {
	ACTION_HISTORY_FIELDS,
	ACTION_STATUSES,
	ACTION_TEXT_LIMITS,
} from "../../domain/actions.ts";
import { INSIKT_AREAS } from "../../domain/insikt.ts";
import { ProvenanceSchema } from "./analysis.ts";
import { MunicipalityCode, optionalYear } from "./common.ts";
import { ErrorBodySchema } from "./errors.ts";
import {
	Bool,
	Int,
	List,
	NullableInt,
	NullableNum,
	NullableObj,
	NullableStr,
	NullableStringEnum,
	Num,
	Obj,
	Query,
	Str,
	StringEnum,
} from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

export const ActionStatusSchema = StringEnum(ACTION_STATUSES);
export const InsiktAreaSchema = StringEnum(
	Object.keys(INSIKT_AREAS) as (keyof typeof INSIKT_AREAS)[],
);

/** A real calendar date, YYYY-MM-DD (2023-02-29 is refused). */
export const CalendarDateSchema = Type.String({
	format: "date",
	description: "YYYY-MM-DD",
});
const NullableDate = Type.Unsafe<string | null>({
	type: ["string", "null"],
	format: "date",
	description: "YYYY-MM-DD, or null when not decided",
});

const Text = (maxLength: number, description?: string) =>
	Type.String({ maxLength, ...(description ? { description } : {}) });

export const ActionOwnerSchema = Obj({
	/** The responsible förvaltning. */
	department: Str,
	person: Str,
});

const actionProperties = {
	id: Int,
	title: Str,
	description: Str,
	owner: ActionOwnerSchema,
	/** SN factor ids as /api/municipalities/:code/gap uses them; "total" is the total rank. */
	factorIds: List(Str),
	insiktAreas: List(Str),
	start: NullableStr,
	due: NullableStr,
	status: ActionStatusSchema,
	/** Counts changes; send it back with a PATCH to refuse overwriting someone else's edit. */
	version: Int,
	createdAt: Str,
	createdBy: Str,
	updatedAt: Str,
	updatedBy: Str,
	/** ISO timestamp when archived; archived actions are listed only with includeArchived=true. */
	archivedAt: NullableStr,
};

export const ActionSchema = Obj(actionProperties);
export type Action = Static<typeof ActionSchema>;

export const ActionNoteSchema = Obj({
	id: Int,
	actionId: Int,
	/** The day the note is about, YYYY-MM-DD. */
	date: Str,
	text: Str,
	author: Str,
	createdAt: Str,
});
export type ActionNote = Static<typeof ActionNoteSchema>;

export const ActionDetailSchema = Obj({
	...actionProperties,
	/** Oldest date first. */
	notes: List(ActionNoteSchema),
});
export type ActionDetail = Static<typeof ActionDetailSchema>;

export const ActionListSchema = Obj({ actions: List(ActionSchema) });
export type ActionList = Static<typeof ActionListSchema>;

/** Filters shared by the list, the progress and the export. */
const filterProperties = {
	status: Type.Optional(
		Type.Array(ActionStatusSchema, {
			description: "Only these statuses; repeat the parameter for several",
		}),
	),
	factorId: Type.Optional(
		Type.String({
			maxLength: 100,
			description: "Only actions aimed at this SN factor id",
		}),
	),
	area: Type.Optional({
		...InsiktAreaSchema,
		description: "Only actions aimed at this Insikt area",
	}),
	includeArchived: Type.Boolean({
		default: false,
		description: "List archived actions too",
	}),
};

export const ActionListQuery = Query(filterProperties);
export type ActionListQuery = Static<typeof ActionListQuery>;

export const ActionIdParams = Obj({
	id: Type.Integer({ minimum: 1, description: "The action's number" }),
});

const editableProperties = {
	title: Text(ACTION_TEXT_LIMITS.title),
	description: Text(ACTION_TEXT_LIMITS.description),
	factorIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }),
	insiktAreas: Type.Array(InsiktAreaSchema, { maxItems: 20 }),
	start: NullableDate,
	due: NullableDate,
	status: ActionStatusSchema,
};

function optional<P extends Record<string, TSchema>>(properties: P) {
	return Object.fromEntries(
		Object.entries(properties).map(([key, schema]) => [
			key,
			Type.Optional(schema),
		]),
	) as { [K in keyof P]: TOptional<P[K]> };
}

export const CreateActionSchema = Type.Object(
	{
		...optional(editableProperties),
		title: editableProperties.title,
		owner: Type.Object(
			{
				department: Text(ACTION_TEXT_LIMITS.department),
				person: Type.Optional(Text(ACTION_TEXT_LIMITS.person)),
			},
			{ additionalProperties: false },
		),
	},
	{ additionalProperties: false },
);
export type CreateAction = Static<typeof CreateActionSchema>;

export const PatchActionSchema = Type.Object(
	{
		...optional(editableProperties),
		owner: Type.Optional(
			Type.Object(
				{
					department: Type.Optional(Text(ACTION_TEXT_LIMITS.department)),
					person: Type.Optional(Text(ACTION_TEXT_LIMITS.person)),
				},
				{ additionalProperties: false },
			),
		),
		archived: Type.Optional(
			Type.Boolean({
				description:
					"true archives the action (kept, hidden); false brings it back",
			}),
		),
		version: Type.Optional(
			Type.Integer({
				minimum: 1,
				description:
					"The version the edit is based on; 409 if the action has changed since",
			}),
		),
	},
	{ additionalProperties: false },
);
export type PatchAction = Static<typeof PatchActionSchema>;

export const CreateNoteSchema = Type.Object(
	{
		date: Type.Optional({
			...CalendarDateSchema,
			description: "YYYY-MM-DD; today (in Sweden) when left out",
		}),
		text: Type.String({ minLength: 1, maxLength: ACTION_TEXT_LIMITS.note }),
	},
	{ additionalProperties: false },
);
export type CreateNote = Static<typeof CreateNoteSchema>;

const ChangeValueSchema = Type.Union([Str, List(Str), Type.Null()]);

export const ActionHistorySchema = Obj({
	actionId: Int,
	/** Oldest first; creation shows as every field going from null to its first value. */
	history: List(
		Obj({
			id: Int,
			changedAt: Str,
			changedBy: Str,
			field: StringEnum(ACTION_HISTORY_FIELDS),
			oldValue: ChangeValueSchema,
			newValue: ChangeValueSchema,
		}),
	),
});
export type ActionHistory = Static<typeof ActionHistorySchema>;

export const ProgressQuery = Query({
	code: Type.Optional({
		...MunicipalityCode,
		description:
			"The municipality whose figures are shown; Partille (1402) when left out",
	}),
	year: optionalYear(
		"Figures as known in this year (a status report's year); the latest when left out",
	),
	...filterProperties,
});
export type ProgressQuery = Static<typeof ProgressQuery>;

const FigurePointSchema = NullableObj({
	year: Int,
	value: Num,
	provenance: ProvenanceSchema,
});

export const FigureMovementSchema = Obj({
	/** "factor": an SN factor (or "total"); "insikt": an Insikt area. */
	target: StringEnum(["factor", "insikt"] as const),
	/** The factor id or the area id. */
	id: Str,
	/** The factor's label in the data (Swedish); null for Insikt areas (labelled by the client). */
	label: NullableStr,
	/** score: the factor's value; rank: its place among the 290; nki/nui: the Insikt index. */
	measure: StringEnum(["score", "rank", "nki", "nui"] as const),
	higherIsBetter: Bool,
	/** The latest figure from before the action's start year; null without a start or a figure. */
	baseline: FigurePointSchema,
	/** The latest figure after the baseline year; null when none is newer. */
	latest: FigurePointSchema,
	/** latest − baseline, null unless both exist. */
	change: NullableNum,
	/** Whether the change is an improvement, given which way is better. */
	direction: NullableStringEnum(["better", "worse", "unchanged"] as const),
	/** NKI totalt changed definition between the two years (2024): the change is not like for like. */
	definitionBreak: Bool,
});
export type FigureMovement = Static<typeof FigureMovementSchema>;

export const ActionProgressSchema = Obj({
	actionId: Int,
	/** The year of the action's start date; null when it has none. */
	startYear: NullableInt,
	figures: List(FigureMovementSchema),
});
export type ActionProgress = Static<typeof ActionProgressSchema>;

export const ProgressReportSchema = Obj({
	municipality: MunicipalitySchema,
	actions: List(ActionProgressSchema),
	/** Every provenance among the figures shown: a report says so when "synthetic" is here. */
	provenances: List(ProvenanceSchema),
});
export type ProgressReport = Static<typeof ProgressReportSchema>;

export const PlanIssueSchema = Obj({
	/** The sheet and A1 cell, when the issue is about one. */
	sheet: NullableStr,
	cell: NullableStr,
	line: NullableInt,
	message: Str,
	/** `file:sheet!cell: message`, as the data import prints it. */
	formatted: Str,
});
export type PlanIssue = Static<typeof PlanIssueSchema>;

const PlanChangeSchema = Obj({
	field: StringEnum(ACTION_HISTORY_FIELDS),
	oldValue: ChangeValueSchema,
	newValue: ChangeValueSchema,
});

const planImportProperties = {
	/** dry-run: what would change; imported: written; unchanged: the file says what is stored; refused: see errors. */
	outcome: StringEnum(["dry-run", "imported", "unchanged", "refused"] as const),
	fileName: Str,
	/** Rows without an Id: new actions. */
	created: List(
		Obj({ line: Int, title: Str, changes: List(PlanChangeSchema) }),
	),
	/** Rows whose action differs from the stored one, with every changed field. */
	updated: List(
		Obj({
			line: Int,
			actionId: Int,
			title: Str,
			changes: List(PlanChangeSchema),
		}),
	),
	/** Rows that say what is stored. */
	unchanged: Int,
	/** New notes; actionId null for a note on an action the same file adds. */
	notes: List(
		Obj({
			line: Int,
			actionId: NullableInt,
			date: Str,
			text: Str,
		}),
	),
	notesUnchanged: Int,
	errors: List(PlanIssueSchema),
	warnings: List(PlanIssueSchema),
};

export const PlanImportResultSchema = Obj(planImportProperties);
export type PlanImportResult = Static<typeof PlanImportResultSchema>;

/** A refused workbook: the error shape, plus the same summary with every error found. */
export const PlanImportRefusalSchema = Obj({
	...planImportProperties,
	error: ErrorBodySchema,
});
export type PlanImportRefusal = Static<typeof PlanImportRefusalSchema>;

export const PlanImportQuery = Query({
	dryRun: Type.Boolean({
		default: false,
		description: "Compare and preview only; nothing is written",
	}),
});

export const PlanExportQuery = Query({
	includeArchived: filterProperties.includeArchived,
});
