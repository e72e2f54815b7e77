import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_SOURCES, type ImportSource } from "../../domain/ids.ts";
import type { ImportMode } from "../../domain/importRows.ts";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import { FIXTURES_DIR } from "./bundled.ts";
import { type ImportResult, importFile } from "./importFile.ts";

/** FUZZ_RUNS=5000 FUZZ_SEED=… npm run test:unit -- importers/pipeline/importFile.fuzz for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20260501);
const MAX_SEED_LINES = 60;

/** Every fixture file, cut to its first lines: the valid and quirky files the mutations start from. */
function seedFiles(): { name: string; bytes: Uint8Array }[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(csv|tsv|txt)$/i.test(name)) files.push(path);
		}
	};
	walk(FIXTURES_DIR);
	return files.sort().map((path) => {
		const bytes = readFileSync(path);
		const lines = bytes.toString("latin1").split("\n");
		const head = lines.slice(0, MAX_SEED_LINES).join("\n");
		return {
			name: relative(FIXTURES_DIR, path),
			bytes: Uint8Array.from(Buffer.from(head, "latin1")),
		};
	});
}

type Mutation =
	| { kind: "insert"; at: number; bytes: number[] }
	| { kind: "delete"; at: number; length: number }
	| { kind: "replace"; at: number; byte: number }
	| { kind: "duplicate-line"; line: number }
	| { kind: "swap-lines"; a: number; b: number }
	| { kind: "truncate"; at: number };

const CSV_BYTES = [
	0x3b, 0x2c, 0x09, 0x0a, 0x0d, 0x22, 0x20, 0x2d, 0x2e, 0x30, 0x31, 0x39, 0xc3,
	0xa5, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00,
];
const byte = fc.oneof(
	fc.constantFrom(...CSV_BYTES),
	fc.integer({ min: 0, max: 255 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({
		kind: fc.constant("insert" as const),
		at: fc.nat(),
		bytes: fc.array(byte, { minLength: 1, maxLength: 8 }),
	}),
	fc.record({
		kind: fc.constant("delete" as const),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 40 }),
	}),
	fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), byte }),
	fc.record({ kind: fc.constant("duplicate-line" as const), line: fc.nat() }),
	fc.record({
		kind: fc.constant("swap-lines" as const),
		a: fc.nat(),
		b: fc.nat(),
	}),
	fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function splitLines(bytes: number[]): number[][] {
	const lines: number[][] = [[]];
	for (const b of bytes) {
		lines.at(-1)?.push(b);
		if (b === 0x0a) lines.push([]);
	}
	return lines;
}

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
	let bytes = [...source];
	for (const m of mutations) {
		const at = bytes.length === 0 ? 0 : ("at" in m ? m.at : 0) % bytes.length;
		if (m.kind === "insert") bytes.splice(at, 0, ...m.bytes);
		else if (m.kind === "delete") bytes.splice(at, m.length);
		else if (m.kind === "replace" && bytes.length > 0) bytes[at] = m.byte;
		else if (m.kind === "truncate") bytes = bytes.slice(0, at);
		else if (m.kind === "duplicate-line" || m.kind === "swap-lines") {
			const lines = splitLines(bytes);
			if (m.kind === "duplicate-line") {
				const i = m.line % lines.length;
				lines.splice(i, 0, [...(lines[i] ?? [])]);
			} else {
				const a = m.a % lines.length;
				const b = m.b % lines.length;
				const line = lines[a] ?? [];
				lines[a] = lines[b] ?? [];
				lines[b] = line;
			}
			bytes = lines.flat();
		}
	}
	return Uint8Array.from(bytes);
}

interface Options {
	source: ImportSource | undefined;
	mode: ImportMode;
	dryRun: boolean;
}

const options: fc.Arbitrary<Options> = fc.record({
	source: fc.option(fc.constantFrom(...IMPORT_SOURCES), { nil: undefined }),
	mode: fc.constantFrom("replace-years" as const, "overlay" as const),
	dryRun: fc.boolean(),
});

describe("importFile on random and mangled input", () => {
	let database: TestDatabase;
	const seeds = seedFiles();

	beforeAll(() => {
		database = createTestDatabase({ bundled: false });
		const list = seeds.find((seed) => seed.name.startsWith("municipalities/"));
		const result = importFile(
			database.handle.db,
			{
				fileName: "municipalities.csv",
				bytes: readFileSync(
					join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
				),
				source: "municipalities",
				options: { provenance: "published", mode: "overlay", dryRun: false },
			},
			FIXED_CLOCK,
		);
		expect(list && result.ok).toBeTruthy();
	});
	afterAll(() => database.remove());

	/** Every row of every table, to compare before and after a refused file. */
	function snapshot(): string {
		const { sqlite } = database.handle;
		const tables = sqlite
			.prepare(
				"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
			)
			.pluck()
			.all() as string[];
		return JSON.stringify(
			tables.map((table) =>
				// Sorted here: the change log's tables are WITHOUT ROWID.
				sqlite
					.prepare(`select * from "${table}"`)
					.all()
					.map((row) => JSON.stringify(row))
					.sort(),
			),
		);
	}

	/** Never throws; refuses with at least one error or accepts with none; a refusal writes nothing. */
	function check(name: string, bytes: Uint8Array, opts: Options): void {
		const before = snapshot();
		let result: ImportResult;
		try {
			result = importFile(
				database.handle.db,
				{
					fileName: name,
					bytes,
					source: opts.source,
					options: { provenance: "imported", ...opts },
				},
				FIXED_CLOCK,
			);
		} catch (error) {
			throw new Error(
				`importFile threw on ${bytes.length} bytes (${JSON.stringify(opts)}): ${String(error)}\n${Buffer.from(bytes).toString("latin1").slice(0, 400)}`,
			);
		}
		expect(result.ok).toBe(result.parsed.errors.length === 0);
		for (const issue of [...result.parsed.errors, ...result.parsed.warnings])
			expect(typeof issue.message).toBe("string");
		if (!result.ok || opts.dryRun) expect(snapshot()).toBe(before);
	}

	it("has files to start from", () => {
		expect(seeds.length).toBeGreaterThan(3);
	});

	it("takes random bytes", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2048 }), options, (bytes, opts) =>
				check("random.bin", bytes, opts),
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("takes random delimited text", () => {
		const cell = fc.oneof(
			fc.constantFrom(
				"År",
				"Kommunkod",
				"Kommun",
				"Placering",
				"Sammanfattande omdöme",
				"Källa",
				"2023",
				"1402",
				"Partille",
				"3,83",
				"-1",
				"",
				'"',
				"9999",
				"1e309",
			),
			fc.string({ maxLength: 12 }),
		);
		const line = fc.array(cell, { maxLength: 8 });
		fc.assert(
			fc.property(
				fc.array(line, { maxLength: 40 }),
				fc.constantFrom(";", ",", "\t"),
				fc.constantFrom("\n", "\r\n", "\r"),
				options,
				(lines, delimiter, newline, opts) =>
					check(
						"random.csv",
						new TextEncoder().encode(
							lines.map((cells) => cells.join(delimiter)).join(newline),
						),
						opts,
					),
			),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("takes mutated fixture files", () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...seeds),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				options,
				(seed, mutations, opts) =>
					check(seed.name, mutate(seed.bytes, mutations), opts),
			),
			{ numRuns: RUNS * 2, seed: SEED },
		);
	});
});
