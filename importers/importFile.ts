import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Db } from "../db/client.ts";
import {
	applyImport,
	type Clock,
	type ImportOutcome,
} from "../db/queries/imports/applyImport.ts";
import { listMunicipalities } from "../db/queries/municipalities/listMunicipalities.ts";
import type { ImportSource } from "../db/schema.ts";
import {
	looksLikeMunicipalityList,
	parseMunicipalityList,
} from "./municipalities.ts";
import { createMunicipalityMatcher } from "./municipalityMatcher.ts";
import { looksLikeSnRankingLong, parseSnRankingLong } from "./snRankingLong.ts";
import { decodeText } from "./text/decodeText.ts";
import { readDelimited, type TableRecord } from "./text/readDelimited.ts";
import {
	emptyParsedImport,
	type ImportOptions,
	type ParsedImport,
} from "./types.ts";

export interface ImportRequest {
	fileName: string;
	bytes: Uint8Array;
	/** Forces the format; detected from the header row when absent. */
	source?: ImportSource;
	options: ImportOptions;
}

export type ImportResult =
	| { ok: false; fileName: string; parsed: ParsedImport }
	| {
			ok: true;
			fileName: string;
			parsed: ParsedImport;
			outcome: ImportOutcome;
	  };

interface Format {
	source: ImportSource;
	looksLike(header: string[]): boolean;
	parse(
		records: TableRecord[],
		context: { db: Db; maxYear: number },
	): ParsedImport;
}

const FORMATS: Format[] = [
	{
		source: "municipalities",
		looksLike: looksLikeMunicipalityList,
		parse: (records) => parseMunicipalityList(records),
	},
	{
		source: "sn-ranking",
		looksLike: looksLikeSnRankingLong,
		parse: (records, { db, maxYear }) =>
			parseSnRankingLong(records, {
				matcher: createMunicipalityMatcher(listMunicipalities(db)),
				maxYear,
			}),
	},
];

function detectFormat(
	records: TableRecord[],
	forced: ImportSource | undefined,
): Format | string {
	if (forced) {
		return (
			FORMATS.find((format) => format.source === forced) ??
			`--source ${forced} is not supported for this file type`
		);
	}
	for (const record of records.slice(0, 30)) {
		const format = FORMATS.find((candidate) =>
			candidate.looksLike(record.cells),
		);
		if (format) return format;
	}
	return `could not tell the format from the headers; expected one of: ${FORMATS.map((f) => f.source).join(", ")} (or pass --source)`;
}

export function sha256Of(bytes: Uint8Array): string {
	return createHash("sha256").update(bytes).digest("hex");
}

/** Parses, validates and (unless it is a dry run or has errors) writes one file in one transaction. */
export function importFile(
	db: Db,
	request: ImportRequest,
	clock: Clock,
): ImportResult {
	const fileName = basename(request.fileName);
	const { text } = decodeText(request.bytes);
	const { records } = readDelimited(text);
	const format = detectFormat(records, request.source);
	if (typeof format === "string") {
		const parsed = emptyParsedImport(request.source ?? "sn-ranking");
		parsed.errors.push({
			line: records[0]?.line ?? 1,
			column: 1,
			message: format,
		});
		return { ok: false, fileName, parsed };
	}
	const maxYear = new Date(clock()).getUTCFullYear() + 1;
	const parsed = format.parse(records, { db, maxYear });
	if (parsed.errors.length > 0) return { ok: false, fileName, parsed };
	const outcome = applyImport(
		db,
		parsed,
		{ fileName, sha256: sha256Of(request.bytes) },
		request.options,
		clock,
	);
	return { ok: true, fileName, parsed, outcome };
}
