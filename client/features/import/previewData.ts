import type { ImportIssue } from "../../../domain/importIssues.ts";
import { PROVENANCES, type Provenance } from "../../../domain/provenance.ts";
import type {
	FigureChange,
	UploadIssue,
	UploadResult,
} from "../../../server/schemas/imports.ts";

/** Errors and warnings are shown this many a page. */
export const ISSUES_PER_PAGE = 50;

/** The issue as the importer made it, so describeIssue can word it in the page's language. */
export function toImportIssue(issue: UploadIssue): ImportIssue {
	const place = {
		...(issue.line === null ? {} : { line: issue.line }),
		...(issue.column === null ? {} : { column: issue.column }),
		...(issue.header === undefined ? {} : { header: issue.header }),
		...(issue.value === undefined ? {} : { value: issue.value }),
		...(issue.sheet === undefined ? {} : { sheet: issue.sheet }),
		...(issue.cell === undefined ? {} : { cell: issue.cell }),
	};
	if (issue.code === undefined) return { ...place, message: issue.message };
	// The server sends each code with the parameters of that code (domain/importIssues.ts).
	return {
		...place,
		code: issue.code,
		params: issue.params ?? {},
		message: issue.message,
	} as ImportIssue;
}

export interface IssuePage {
	items: UploadIssue[];
	page: number;
	pages: number;
	/** 1-based numbers of the first and last issue shown. */
	first: number;
	last: number;
}

/** One page of a list of issues (pages counted from 0, clamped). */
export function issuePage(issues: UploadIssue[], page: number): IssuePage {
	const pages = Math.max(1, Math.ceil(issues.length / ISSUES_PER_PAGE));
	const current = Math.min(Math.max(0, page), pages - 1);
	const start = current * ISSUES_PER_PAGE;
	const items = issues.slice(start, start + ISSUES_PER_PAGE);
	return {
		items,
		page: current,
		pages,
		first: items.length === 0 ? 0 : start + 1,
		last: start + items.length,
	};
}

/** What confirming a previewed file does: rows written (added or changed) and rows removed. */
export function confirmCounts(preview: UploadResult): {
	written: number;
	removed: number;
	/** Stored published figures the file gives another value. */
	conflicts: number;
} {
	return {
		written: preview.changes.added + preview.changes.changed,
		removed: preview.changes.removed,
		conflicts: preview.changes.conflicts.total,
	};
}

/** A confirmation that removes stored figures or overwrites published ones is drawn as a warning. */
export function isRiskyImport(
	counts: ReturnType<typeof confirmCounts>,
): boolean {
	return counts.removed > 0 || counts.conflicts > 0;
}

/** Which figure a change is about, in the key's order: year, municipality, factor or area and measure. */
export function figureKey(change: FigureChange): {
	year: number | null;
	municipalityCode: string | null;
	item: string;
} {
	const [first, second, ...rest] = change.key;
	const year = typeof first === "number" ? first : null;
	if (change.table === "sn_factor" || change.table === "insikt_definition")
		return {
			year,
			municipalityCode: null,
			item: [second, ...rest].filter((part) => part != null).join(" · "),
		};
	return {
		year,
		municipalityCode: typeof second === "string" ? second : null,
		item: rest.filter((part) => part != null).join(" · "),
	};
}

/** A stored figure's provenance as the words know it; anything else is not shown. */
export function provenanceOf(value: string | null): Provenance | null {
	return PROVENANCES.find((provenance) => provenance === value) ?? null;
}
