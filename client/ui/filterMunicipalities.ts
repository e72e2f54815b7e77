import type { Municipality } from "../../server/schemas/municipalities.ts";

function fold(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase();
}

/** Matches on name, code or län, accent-insensitively; names that start with the query come first. */
export function filterMunicipalities(
	municipalities: Municipality[],
	query: string,
): Municipality[] {
	const needle = fold(query.trim());
	if (needle === "") return municipalities;
	const hits = municipalities.filter(
		(m) =>
			fold(m.name).includes(needle) ||
			m.code.startsWith(needle) ||
			fold(m.countyName).includes(needle),
	);
	const startsWith = (m: Municipality) =>
		fold(m.name).startsWith(needle) ? 0 : 1;
	return hits.sort(
		(a, b) =>
			startsWith(a) - startsWith(b) || a.name.localeCompare(b.name, "sv"),
	);
}
