import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Imports point downward only: client → domain, analysis and the API's types; server → services →
 * analysis, db → domain; importers → db, domain. Each layer lists what it may import besides itself.
 * Packages are checked only for the two layers that must have none (domain, analysis).
 */
const LAYERS: Record<string, { may: string[]; typesOnly?: string[] }> = {
	domain: { may: [] },
	analysis: { may: ["domain"] },
	db: { may: ["domain"] },
	importers: { may: ["db", "domain"] },
	server: { may: ["importers", "analysis", "db", "domain", "bench"] },
	client: { may: ["domain", "analysis"], typesOnly: ["server/schemas"] },
	fixtures: { may: ["importers", "analysis", "db", "domain"] },
};
const PACKAGE_FREE = new Set(["domain", "analysis"]);

const ROOT = dirname(new URL(import.meta.url).pathname);
const IMPORT =
	/^\s*(import|export)\s+(type\s+)?[^"';]*?from\s+["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

interface ImportSite {
	file: string;
	specifier: string;
	typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
	return readdirSync(join(ROOT, folder), {
		withFileTypes: true,
		recursive: true,
	})
		.filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): ImportSite[] {
	const text = readFileSync(join(ROOT, file), "utf8");
	const sites: ImportSite[] = [];
	for (const match of text.matchAll(IMPORT))
		sites.push({ file, specifier: match[3] ?? "", typeOnly: !!match[2] });
	for (const match of text.matchAll(DYNAMIC_IMPORT))
		sites.push({ file, specifier: match[1] ?? "", typeOnly: false });
	return sites;
}

/** The repository path an import points at, or null for a package ("vitest", "node:fs"). */
function targetOf({ file, specifier }: ImportSite): string | null {
	if (!specifier.startsWith(".")) return null;
	return normalize(join(dirname(file), specifier));
}

/** Tests and their helpers may use test packages (fast-check) even in the package-free layers. */
function isTestCode(file: string): boolean {
	return /(\.test\.tsx?|TestData\.ts)$/.test(file);
}

function violation(layer: string, site: ImportSite): string | null {
	const rule = LAYERS[layer];
	if (!rule) return null;
	const target = targetOf(site);
	if (target === null) {
		const isBuiltinOrTest =
			site.specifier.startsWith("node:") || site.specifier === "vitest";
		if (PACKAGE_FREE.has(layer) && !isBuiltinOrTest && !isTestCode(site.file))
			return `${site.file} imports the package "${site.specifier}"; ${layer}/ has no dependencies`;
		return null;
	}
	const targetLayer = target.split("/")[0] ?? "";
	if (targetLayer === layer || rule.may.includes(targetLayer)) return null;
	const typesOnly = rule.typesOnly?.some((prefix) =>
		target.startsWith(`${prefix}/`),
	);
	if (typesOnly && site.typeOnly) return null;
	const allowed = [
		...rule.may,
		...(rule.typesOnly ?? []).map((p) => `${p} (types)`),
	];
	return `${site.file} imports ${target}; ${layer}/ may import only ${allowed.join(", ") || "itself"}`;
}

describe("the layers import downward only", () => {
	for (const layer of Object.keys(LAYERS)) {
		it(`${layer}/`, () => {
			const problems = sourceFiles(layer)
				.flatMap(importsOf)
				.map((site) => violation(layer, site))
				.filter((problem): problem is string => problem !== null);
			expect(problems).toEqual([]);
		});
	}

	it("catches an upward import", () => {
		const site = {
			file: "db/queries/x.ts",
			specifier: "../../server/schemas/y.ts",
			typeOnly: true,
		};
		expect(violation("db", site)).toMatch(/db\/ may import only domain/);
		const client = {
			file: "client/a.ts",
			specifier: "../server/schemas/gap.ts",
			typeOnly: false,
		};
		expect(violation("client", client)).toMatch(/server\/schemas \(types\)/);
		expect(violation("client", { ...client, typeOnly: true })).toBeNull();
	});
});
