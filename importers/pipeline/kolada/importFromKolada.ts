import type { Db } from "../../../db/client.ts";
import { listMunicipalityNames } from "../../../db/queries/imports/listMunicipalityNames.ts";
import { RIKET_CODE } from "../../../domain/ids.ts";
import type { ImportOptions } from "../../../domain/importRows.ts";
import type { Clock } from "../applyImport.ts";
import { type ImportResult, importFile } from "../importFile.ts";
import { fetchInsiktFromKolada, type KoladaEffects } from "./fetchKolada.ts";

export interface KoladaImportRequest {
	years: number[];
	/** "all" = the stored municipalities and Riket; else four-digit codes. */
	municipalities: "all" | string[];
	options: ImportOptions;
	baseUrl?: string;
}

export type KoladaImport =
	| { ok: true; fileName: string; result: ImportResult; requests: number }
	| { ok: false; message: string };

/** The codes to ask Kolada for: every stored municipality and Riket, or the given ones. */
export function municipalityIds(db: Db, wanted: "all" | string[]): string[] {
	if (wanted !== "all") return wanted;
	return [
		RIKET_CODE,
		...listMunicipalityNames(db)
			.map((m) => m.code)
			.sort(),
	];
}

function describeYears(years: number[]): string {
	const first = Math.min(...years);
	const last = Math.max(...years);
	return first === last ? String(first) : `${first}-${last}`;
}

/**
 * Fetches Insikt from Kolada and imports it through the same validation and write path as a
 * saved response file (source "kolada"); the same answer twice is a no-op, like the same file.
 */
export async function importFromKolada(
	db: Db,
	request: KoladaImportRequest,
	effects: KoladaEffects,
	clock: Clock,
): Promise<KoladaImport> {
	const fetched = await fetchInsiktFromKolada(
		{
			years: request.years,
			municipalities: municipalityIds(db, request.municipalities),
			...(request.baseUrl ? { baseUrl: request.baseUrl } : {}),
		},
		effects,
	);
	if (!fetched.ok) return fetched;
	const fileName = `kolada-insikt-${describeYears(request.years)}.json`;
	const body = { values: fetched.values, count: fetched.values.length };
	const result = importFile(
		db,
		{
			fileName,
			bytes: new TextEncoder().encode(JSON.stringify(body)),
			source: "kolada",
			options: request.options,
			koladaKpis: fetched.kpis,
		},
		clock,
	);
	return { ok: true, fileName, result, requests: fetched.requests };
}
