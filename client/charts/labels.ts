/** Splits a label into at most `maxLines` lines of about `maxChars`, ending with "…" if cut. */
export function wrapLabel(
	text: string,
	maxChars: number,
	maxLines = 2,
): string[] {
	const words = text.split(/\s+/).filter((w) => w !== "");
	const lines: string[] = [];
	let line = "";
	for (const word of words) {
		const candidate = line === "" ? word : `${line} ${word}`;
		if (line !== "" && candidate.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line !== "") lines.push(line);
	if (lines.length <= maxLines) return lines;
	const rest = lines.slice(maxLines - 1).join(" ");
	return [
		...lines.slice(0, maxLines - 1),
		`${rest.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`,
	];
}
