/**
 * Offsets of the elements of the top-level "values" array in a JSON text, so an issue in the
 * 12th value can name its line and column. Assumes valid JSON (JSON.parse has accepted it).
 */
export function findValueOffsets(text: string): number[] {
	const offsets: number[] = [];
	let depth = 0;
	let lastKey = "";
	let valuesDepth = -1;
	let expectElement = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '"') {
			const end = endOfString(text, i);
			if (expectElement) offsets.push(i);
			expectElement = false;
			if (depth === 1) lastKey = text.slice(i + 1, end);
			i = end;
			continue;
		}
		if (char === " " || char === "\n" || char === "\r" || char === "\t")
			continue;
		if (expectElement && char !== "]") offsets.push(i);
		expectElement = false;
		if (char === "{" || char === "[") {
			depth++;
			if (char === "[" && depth === 2 && lastKey === "values") {
				valuesDepth = depth;
				expectElement = true;
			}
		} else if (char === "}" || char === "]") {
			if (depth === valuesDepth) valuesDepth = -1;
			depth--;
		} else if (char === "," && depth === valuesDepth) expectElement = true;
	}
	return offsets;
}

function endOfString(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] === "\\") i++;
		else if (text[i] === '"') return i;
	}
	return text.length;
}

/** Turns offsets into 1-based line and column; the line starts are found once. */
export function createLocator(
	text: string,
): (offset: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = 0; i < text.length; i++)
		if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
	};
}
