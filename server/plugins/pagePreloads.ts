import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The source module of each client route's page, as Vite's manifest names it (relative to
 * client/). The same list as client/app/pageModules.ts, which the server cannot import;
 * pagePreloads.test.ts checks that the two agree.
 */
export const PAGE_SOURCES: Readonly<Record<string, string>> = {
	"/": "features/overview/OverviewPage.tsx",
	"/faktorer": "features/factors/FactorsPage.tsx",
	"/insikt": "features/insikt/InsiktPage.tsx",
	"/jamfor": "features/compare/ComparePage.tsx",
	"/rankning": "features/rankings/RankingsPage.tsx",
	"/handlingsplan": "features/actionPlan/ActionPlanPage.tsx",
	"/logga-in": "features/login/LoginPage.tsx",
	"/rapport": "features/report/ReportPage.tsx",
	"/import": "features/import/ImportPage.tsx",
	"/om": "features/about/AboutPage.tsx",
};

/** Where `build.manifest` makes Vite write its manifest, inside the client folder. */
export const MANIFEST_PATH = join(".vite", "manifest.json");

interface ManifestChunk {
	file: string;
	imports: string[];
	isEntry: boolean;
}

export type Manifest = ReadonlyMap<string, ManifestChunk>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The chunks of Vite's manifest, or null when the build wrote none (or it is unreadable). */
export function readManifest(clientDir: string): Manifest | null {
	const path = join(clientDir, MANIFEST_PATH);
	if (!existsSync(path)) return null;
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(path, "utf8"));
	} catch {
		return null;
	}
	if (!isRecord(value)) return null;
	const chunks = new Map<string, ManifestChunk>();
	for (const [key, chunk] of Object.entries(value)) {
		if (!isRecord(chunk) || typeof chunk.file !== "string") return null;
		const imports = Array.isArray(chunk.imports)
			? chunk.imports.filter((item) => typeof item === "string")
			: [];
		chunks.set(key, { file: chunk.file, imports, isEntry: !!chunk.isEntry });
	}
	return chunks;
}

/** A chunk and every chunk it imports statically, each once, the chunk itself first. */
function staticClosure(manifest: Manifest, key: string): string[] {
	const seen = new Set<string>();
	const visit = (current: string) => {
		if (seen.has(current) || !manifest.has(current)) return;
		seen.add(current);
		for (const imported of manifest.get(current)?.imports ?? [])
			visit(imported);
	};
	visit(key);
	return [...seen];
}

/**
 * Per route, the files to name as `<link rel="modulepreload">` in index.html: the page's chunk
 * and the chunks it imports (the chart library among them), less those index.html already loads
 * with the entry. The browser then fetches and compiles them while the entry loads, instead of
 * when the entry asks for them.
 */
export function pagePreloads(manifest: Manifest): Map<string, string[]> {
	const loadedByEntry = new Set(
		[...manifest]
			.filter(([, chunk]) => chunk.isEntry)
			.flatMap(([key]) => staticClosure(manifest, key)),
	);
	const preloads = new Map<string, string[]>();
	for (const [route, source] of Object.entries(PAGE_SOURCES)) {
		const files = staticClosure(manifest, source)
			.filter((key) => !loadedByEntry.has(key))
			.map((key) => `/${manifest.get(key)?.file ?? ""}`);
		preloads.set(route, files);
	}
	return preloads;
}
