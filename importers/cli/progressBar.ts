export interface ProgressStream {
	isTTY?: boolean;
	columns?: number;
	write(text: string): boolean;
}

export interface ProgressBar {
	update(label: string, done: number, total: number): void;
	/** Clears the bar so the next output starts on a clean line. */
	clear(): void;
}

const REDRAW_MS = 100;
/** Short imports finish before this and never show a bar. */
const SHOW_AFTER_MS = 300;
const WIDTH = 24;

/** A one-line progress bar on a terminal (stderr); does nothing when the stream is not a TTY. */
export function createProgressBar(
	stream: ProgressStream,
	now: () => number = Date.now,
): ProgressBar {
	if (!stream.isTTY) return { update: () => {}, clear: () => {} };
	const startedAt = now();
	let drawnAt = 0;
	let visible = false;
	return {
		update(label, done, total) {
			const time = now();
			if (time - startedAt < SHOW_AFTER_MS || time - drawnAt < REDRAW_MS)
				return;
			drawnAt = time;
			visible = true;
			stream.write(`\r\x1b[K${renderBar(label, done, total)}`);
		},
		clear() {
			if (visible) stream.write("\r\x1b[K");
			visible = false;
		},
	};
}

export function renderBar(label: string, done: number, total: number): string {
	const share = total > 0 ? Math.min(done / total, 1) : 0;
	const filled = Math.round(share * WIDTH);
	const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
	return `${label} [${bar}] ${Math.round(share * 100)} % (${done}/${total})`;
}
