import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../importers/pipeline/importFile.ts";
import { createTestApp, FIXED_CLOCK, type TestApp } from "../test/testApp.ts";
import { escapeAttribute, YEARS_META_NAME } from "./spa.ts";

const TEMPLATE = `<!doctype html>
<html lang="sv">
	<head>
		<title>Topp10</title>
		<script type="module" crossorigin src="/assets/index-abc.js"></script>
	</head>
	<body><div id="root"></div></body>
</html>
`;

let clientDir: string;
let testApp: TestApp;
let privateApp: TestApp;
beforeAll(async () => {
	clientDir = mkdtempSync(join(tmpdir(), "topp10-spa-"));
	writeFileSync(join(clientDir, "index.html"), TEMPLATE);
	mkdirSync(join(clientDir, "assets"));
	writeFileSync(join(clientDir, "assets", "index-abc.js"), "export {};\n");
	mkdirSync(join(clientDir, ".vite"));
	writeFileSync(
		join(clientDir, ".vite", "manifest.json"),
		JSON.stringify({
			"index.html": { file: "assets/index-abc.js", isEntry: true },
			"_parts-abc.js": { file: "assets/parts-abc.js" },
			"features/factors/FactorsPage.tsx": {
				file: "assets/FactorsPage-abc.js",
				imports: ["index.html", "_parts-abc.js"],
			},
		}),
	);
	testApp = await createTestApp({ bundled: true, clientDir });
	privateApp = await createTestApp({
		bundled: true,
		clientDir,
		privateMode: true,
	});
});
afterAll(async () => {
	await testApp.close();
	await privateApp.close();
	rmSync(clientDir, { recursive: true, force: true });
});

/** The meta element's content as a browser reads it: the attribute with its references decoded. */
function embeddedYears(html: string): unknown {
	const match = new RegExp(
		`<meta name="${YEARS_META_NAME}" content="([^"]*)">`,
	).exec(html);
	if (!match?.[1]) return null;
	const text = match[1].replace(/&#(\d+);/g, (_, code: string) =>
		String.fromCharCode(Number(code)),
	);
	return JSON.parse(text);
}

/** A ranking file for a year no data set holds: the import adds it to /api/years. */
function importNewYear(app: TestApp, year: number) {
	const result = importFile(
		app.database.handle.db,
		{
			fileName: `ranking-${year}.csv`,
			bytes: Buffer.from(`År;Kommunkod;Placering\n${year};1402;5\n`),
			options: { provenance: "imported", mode: "overlay", dryRun: false },
		},
		FIXED_CLOCK,
	);
	expect(result.ok).toBe(true);
}

describe("index.html", () => {
	it("carries /api/years' answer in a meta element, and no inline script", async () => {
		const page = await testApp.app.inject({ url: "/?kommun=1402" });
		expect(page.statusCode).toBe(200);
		expect(page.headers["content-type"]).toContain("text/html");
		expect(page.headers["cache-control"]).toBe("no-cache");
		const years = await testApp.app.inject({ url: "/api/years" });
		expect(embeddedYears(page.body)).toEqual(JSON.parse(years.body));
		expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
		expect(page.headers["content-security-policy"]).toContain(
			"script-src 'self';",
		);
		expect(page.body).toContain('src="/assets/index-abc.js"');
	});

	it("names the route's page chunks as modulepreloads, from Vite's manifest", async () => {
		const factors = await testApp.app.inject({ url: "/faktorer/?kommun=0114" });
		expect(factors.body).toContain(
			'<link rel="modulepreload" crossorigin href="/assets/FactorsPage-abc.js">',
		);
		expect(factors.body).toContain('href="/assets/parts-abc.js"');
		expect(factors.body).not.toContain(
			'rel="modulepreload" crossorigin href="/assets/index-abc.js"',
		);
		const root = await testApp.app.inject({ url: "/" });
		expect(root.body).not.toContain("modulepreload");
		expect(root.headers.etag).not.toBe(factors.headers.etag);
		// The manifest is not served: a dot folder.
		const manifest = await testApp.app.inject({ url: "/.vite/manifest.json" });
		expect(manifest.body).toBe(root.body);
	});

	it("is the same page on every client route without a page chunk, and the assets stay static files", async () => {
		const root = await testApp.app.inject({ url: "/" });
		for (const url of ["/?kommun=0114", "/jamfor", "/index.html", "/okand"]) {
			const page = await testApp.app.inject({ url });
			expect(page.statusCode, url).toBe(200);
			expect(page.body, url).toBe(root.body);
			expect(page.headers.etag, url).toBe(root.headers.etag);
		}
		const asset = await testApp.app.inject({ url: "/assets/index-abc.js" });
		expect(asset.statusCode).toBe(200);
		expect(asset.headers["cache-control"]).toContain("immutable");
		const missing = await testApp.app.inject({ url: "/api/nothing" });
		expect(missing.statusCode).toBe(404);
		expect(missing.json()).toMatchObject({ error: { code: "not_found" } });
	});

	it("answers 304 to its ETag, and is sent compressed when the client takes it", async () => {
		const plain = await testApp.app.inject({ url: "/" });
		const again = await testApp.app.inject({
			url: "/",
			headers: { "if-none-match": String(plain.headers.etag) },
		});
		expect(again.statusCode).toBe(304);
		const br = await testApp.app.inject({
			url: "/",
			headers: { "accept-encoding": "gzip, br" },
		});
		expect(br.headers["content-encoding"]).toBe("br");
		expect(br.headers.etag).not.toBe(plain.headers.etag);
		expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
	});

	it("changes, with its ETag, when an import adds a year", async () => {
		const before = await testApp.app.inject({ url: "/" });
		importNewYear(testApp, 2027);
		const after = await testApp.app.inject({
			url: "/",
			headers: { "if-none-match": String(before.headers.etag) },
		});
		expect(after.statusCode).toBe(200);
		expect(after.headers.etag).not.toBe(before.headers.etag);
		const years = embeddedYears(after.body) as { rankingYears: number[] };
		expect(years.rankingYears).toContain(2027);
		expect(embeddedYears(before.body)).not.toEqual(years);
		const current = await testApp.app.inject({ url: "/api/years" });
		expect(years).toEqual(JSON.parse(current.body));
	});

	it("carries no data in private mode, where the API's answers need a login", async () => {
		const page = await privateApp.app.inject({ url: "/" });
		expect(page.statusCode).toBe(200);
		expect(page.body).not.toContain(YEARS_META_NAME);
		expect(page.body).toBe(TEMPLATE);
		const factors = await privateApp.app.inject({ url: "/faktorer" });
		expect(factors.body).toContain('href="/assets/FactorsPage-abc.js"');
		expect(factors.body).not.toContain(YEARS_META_NAME);
	});
});

describe("escapeAttribute", () => {
	it("escapes what could end the attribute or open markup", () => {
		const text = `{"a":"</script>&\\"'"}`;
		const escaped = escapeAttribute(text);
		expect(escaped).not.toMatch(/[<>"'&](?!#\d+;)/);
		expect(
			escaped.replace(/&#(\d+);/g, (_, code: string) =>
				String.fromCharCode(Number(code)),
			),
		).toBe(text);
	});
});
