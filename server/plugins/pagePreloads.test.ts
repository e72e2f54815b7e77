import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";
import {
	MANIFEST_PATH,
	PAGE_SOURCES,
	pagePreloads,
	readManifest,
} from "./pagePreloads.ts";

/** The shape Vite writes: the entry, two pages, the chart library shared by one page and a chunk shared by all. */
const MANIFEST = {
	"index.html": {
		file: "assets/index-1.js",
		isEntry: true,
		imports: ["_messages-1.js"],
		dynamicImports: ["features/overview/OverviewPage.tsx"],
	},
	"_messages-1.js": { file: "assets/messages-1.js" },
	"_parts-1.js": { file: "assets/parts-1.js", imports: ["_messages-1.js"] },
	"_Line-1.js": { file: "assets/Line-1.js", imports: ["_parts-1.js"] },
	"features/overview/OverviewPage.tsx": {
		file: "assets/OverviewPage-1.js",
		isDynamicEntry: true,
		imports: ["_messages-1.js", "_Line-1.js", "_parts-1.js"],
		css: ["assets/OverviewPage-1.css"],
	},
	"features/about/AboutPage.tsx": {
		file: "assets/AboutPage-1.js",
		isDynamicEntry: true,
		imports: ["index.html", "_messages-1.js"],
	},
};

function withManifest(content: string) {
	const dir = mkdtempSync(join(tmpdir(), "topp10-manifest-"));
	mkdirSync(join(dir, ".vite"));
	writeFileSync(join(dir, MANIFEST_PATH), content);
	try {
		return readManifest(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe("pagePreloads", () => {
	it("names a page's chunk and what it imports, less what the entry loads", () => {
		const manifest = withManifest(JSON.stringify(MANIFEST));
		expect(manifest).not.toBeNull();
		const preloads = pagePreloads(manifest ?? new Map());
		expect(preloads.get("/")).toEqual([
			"/assets/OverviewPage-1.js",
			"/assets/Line-1.js",
			"/assets/parts-1.js",
		]);
		expect(preloads.get("/om")).toEqual(["/assets/AboutPage-1.js"]);
		// A page the manifest does not list (another build) gets nothing.
		expect(preloads.get("/faktorer")).toEqual([]);
	});

	it("reads no manifest when the build wrote none or it is not Vite's shape", () => {
		const dir = mkdtempSync(join(tmpdir(), "topp10-manifest-"));
		expect(readManifest(dir)).toBeNull();
		rmSync(dir, { recursive: true, force: true });
		expect(withManifest("{not json")).toBeNull();
		expect(withManifest("[]")).toBeNull();
		expect(
			withManifest(JSON.stringify({ "index.html": { imports: [] } })),
		).toBeNull();
	});

	it("lists the same pages as the client's pageModules.ts", () => {
		const source = readFileSync(
			join(PROJECT_ROOT, "client", "app", "pageModules.ts"),
			"utf8",
		);
		const loaders = [
			...source.matchAll(/"([^"]+)": \(\) => import\("\.\.\/([^"]+)"\)/g),
		].map(([, route, file]) => [route, file]);
		expect(loaders.length).toBeGreaterThan(5);
		expect(Object.fromEntries(loaders)).toEqual(PAGE_SOURCES);
	});
});
