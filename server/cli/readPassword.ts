/** Reading a password for `npm run users`: never echoed, never an argument (argv shows in `ps`). */

/** The first line of standard input (for --password-stdin), without its line ending. */
export async function readPasswordFromStdin(
	stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin)
		chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	const text = Buffer.concat(chunks).toString("utf8");
	const line = text.split(/\r?\n/)[0] ?? "";
	if (line === "")
		throw new Error("--password-stdin read no password from standard input.");
	return line;
}

/** Asks once on the terminal with the typing hidden. */
function askHidden(question: string): Promise<string> {
	const stdin = process.stdin;
	return new Promise((resolve, reject) => {
		let value = "";
		const finish = (error: Error | null) => {
			stdin.off("data", onData);
			stdin.setRawMode(false);
			stdin.pause();
			process.stderr.write("\n");
			if (error) reject(error);
			else resolve(value);
		};
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === "\r" || char === "\n") return finish(null);
				if (char === "\u0003" || char === "\u0004")
					return finish(new Error("Cancelled; nothing was changed."));
				if (char === "\u007f" || char === "\b")
					value = [...value].slice(0, -1).join("");
				else value += char;
			}
		};
		process.stderr.write(question);
		stdin.setEncoding("utf8");
		stdin.setRawMode(true);
		stdin.resume();
		stdin.on("data", onData);
	});
}

/** Asks twice on the terminal and insists the two agree. */
export async function readPasswordFromTerminal(name: string): Promise<string> {
	if (!process.stdin.isTTY)
		throw new Error(
			"There is no terminal to ask for the password: pipe it in with --password-stdin.",
		);
	const first = await askHidden(`Password for ${name}: `);
	const second = await askHidden("The same password again: ");
	if (first !== second)
		throw new Error(
			"The two passwords differ; nothing was changed. Try again.",
		);
	return first;
}
