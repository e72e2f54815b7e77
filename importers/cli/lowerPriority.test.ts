import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";

/** Calls runAtLowerPriority in a process of its own (it lowers its caller too), with a stand-in entry. */
function priorities(by: number): string {
	const dir = mkdtempSync(join(tmpdir(), "topp10-priority-"));
	try {
		const script = join(dir, "run.mts");
		writeFileSync(
			script,
			`import { getPriority } from "node:os";
import { runAtLowerPriority } from ${JSON.stringify(join(PROJECT_ROOT, "importers", "cli", "lowerPriority.ts"))};
console.log(\`parent \${getPriority()}\`);
const lowered = runAtLowerPriority(${by}, "importers/testing/printPriority.ts", []);
if (lowered === null) console.log("ran here");
else process.exitCode = await lowered;
`,
		);
		const result = spawnSync(process.execPath, ["--import", "tsx", script], {
			cwd: PROJECT_ROOT,
			encoding: "utf8",
		});
		expect(result.stderr).toBe("");
		return result.stdout.trim();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe("runAtLowerPriority", () => {
	it("runs the entry in a child process at a priority that many steps lower", () => {
		const [parent = "", child = ""] = priorities(5).split("\n");
		const before = Number(parent.replace("parent ", ""));
		expect(child).toBe(`priority ${Math.min(19, before + 5)}`);
	});

	it("runs here when nothing is to be lowered", () => {
		expect(priorities(0)).toMatch(/^parent -?\d+\nran here$/);
	});
});
