/** The first `count` municipality codes of the fixture list, in its order (0114, 0115, …). */
export function firstCodes(codes: readonly string[], count: number): string[] {
	return codes.slice(0, count);
}

/** An SN ranking (long layout) for `year`: Placering i+1 and, with scores, Sammanfattande omdöme. */
export function rankingCsv(
	year: number,
	codes: readonly string[],
	options: { rankOffset?: number; scores?: boolean } = {},
): string {
	const offset = options.rankOffset ?? 0;
	const header = options.scores
		? "År;Kommunkod;Placering;Sammanfattande omdöme"
		: "År;Kommunkod;Placering";
	const lines = codes.map((code, index) => {
		const rank = ((index + offset) % codes.length) + 1;
		const score = `${3 + (index % 20) / 10}`.replace(".", ",");
		return options.scores
			? `${year};${code};${rank};${score}`
			: `${year};${code};${rank}`;
	});
	return `${[header, ...lines].join("\n")}\n`;
}
