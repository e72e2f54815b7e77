/**
 * The programme's action plan (handlings- och aktivitetsplan): what each förvaltning does to move
 * the figures the municipality follows. Statuses are ids; the client labels them through i18n.
 */
export const ACTION_STATUSES = [
	"planerad",
	"pagar",
	"klar",
	"pausad",
	"avbruten",
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The Swedish words people write for each status (in the plan's workbook), besides the id. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, readonly string[]> = {
	planerad: ["Planerad"],
	pagar: ["Pågår", "Pågående"],
	klar: ["Klar", "Avslutad", "Genomförd"],
	pausad: ["Pausad", "Vilande"],
	avbruten: ["Avbruten", "Stoppad"],
};

export function isActionStatus(value: string): value is ActionStatus {
	return (ACTION_STATUSES as readonly string[]).includes(value);
}

/** Editors change the plan; admins also manage accounts and upload data files. */
export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export function isUserRole(value: string): value is UserRole {
	return (USER_ROLES as readonly string[]).includes(value);
}

/** Whether an account of `role` may do what needs `needed` (an admin may do what an editor may). */
export function hasRole(role: UserRole, needed: UserRole): boolean {
	return role === "admin" || needed === "editor";
}

/** The responsible förvaltning (department) and the person there. */
export interface ActionOwner {
	department: string;
	person: string;
}

/** What a person edits on an action. */
export interface ActionFields {
	title: string;
	description: string;
	owner: ActionOwner;
	/** SN factor ids ("service", "total" for the total rank), sorted, no repeats. */
	factorIds: string[];
	/** Insikt area ids ("bygglov"), sorted, no repeats. */
	insiktAreas: string[];
	/** YYYY-MM-DD or null (not decided yet). */
	start: string | null;
	due: string | null;
	status: ActionStatus;
}

/** A stored action: its fields, who changed it when, and whether it is archived. */
export interface ActionRecord extends ActionFields {
	id: number;
	/** Counts the changes; a PATCH may name the version it edits (409 when someone got there first). */
	version: number;
	createdAt: string;
	createdBy: string;
	updatedAt: string;
	updatedBy: string;
	/** ISO timestamp of archiving; archived actions are kept, never deleted. */
	archivedAt: string | null;
}

/** The fields a history row can name; owner's parts are separate so each change shows on its own. */
export const ACTION_HISTORY_FIELDS = [
	"title",
	"description",
	"owner.department",
	"owner.person",
	"factorIds",
	"insiktAreas",
	"start",
	"due",
	"status",
	"archivedAt",
	"note",
] as const;
export type ActionHistoryField = (typeof ACTION_HISTORY_FIELDS)[number];

/** An old or new value in the history: text, a list of ids, or nothing. */
export type ChangeValue = string | string[] | null;

export interface ActionChange {
	field: ActionHistoryField;
	oldValue: ChangeValue;
	newValue: ChangeValue;
}

/** Longest accepted texts, so a pasted document does not become an action title. */
export const ACTION_TEXT_LIMITS = {
	title: 200,
	description: 10_000,
	department: 200,
	person: 200,
	note: 10_000,
} as const;

/** A problem with one field of an action, for a 400 that names the field. */
export interface FieldIssue {
	field: string;
	code: string;
	message: string;
}
