import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Shared folders serve the features; they never reach up into a feature or the shell. */
const SHARED = ["api", "state", "ui", "charts", "export", "i18n"];
const UPWARD = ["features", "app"];

const CLIENT = dirname(new URL(import.meta.url).pathname);
const SPECIFIER = /(?:from|import\()\s*["'](\.[^"']+)["']/g;

function filesUnder(folder: string): string[] {
	return readdirSync(join(CLIENT, folder), {
		withFileTypes: true,
		recursive: true,
	})
		.filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
		.map((entry) => relative(CLIENT, join(entry.parentPath, entry.name)));
}

function upwardImports(file: string): string[] {
	const text = readFileSync(join(CLIENT, file), "utf8");
	return [...text.matchAll(SPECIFIER)]
		.map((match) => normalize(join(dirname(file), match[1] ?? "")))
		.filter((target) => UPWARD.includes(target.split("/")[0] ?? ""))
		.map((target) => `${file} imports ${target}`);
}

describe("the client's shared folders", () => {
	for (const folder of SHARED)
		it(`${folder}/ imports no feature and not the shell`, () => {
			expect(filesUnder(folder).flatMap(upwardImports)).toEqual([]);
		});
});
