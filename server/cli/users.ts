import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Db } from "../../db/client.ts";
import { openDatabase } from "../../db/client.ts";
import { listUsers } from "../../db/queries/users/listUsers.ts";
import { PASSWORD_MIN_LENGTH } from "../../domain/accounts.ts";
import { isUserRole, USER_ROLES, type UserRole } from "../../domain/actions.ts";
import { ConfigError, loadConfig } from "../../domain/config.ts";
import {
	changePassword,
	createAccount,
	removeAccount,
} from "../services/auth/accounts.ts";
import type { ScryptCost } from "../services/auth/passwords.ts";
import { isRefusal, type Refusal } from "../services/refusal.ts";
import {
	readPasswordFromStdin,
	readPasswordFromTerminal,
} from "./readPassword.ts";

const USAGE = `usage:
  npm run users -- add <name> [--role ${USER_ROLES.join("|")}] [--password-stdin]
  npm run users -- list
  npm run users -- passwd <name> [--password-stdin]
  npm run users -- remove <name>

The password is asked for twice (not shown); --password-stdin reads one line from standard
input instead, for scripts. Passwords need at least ${PASSWORD_MIN_LENGTH} characters.`;

/** What the command touches, passed in so that tests run it without a terminal or a process. */
export interface UsersCliEffects {
	db: Db;
	out(line: string): void;
	err(line: string): void;
	/** Reads the password: from standard input with --password-stdin, else asked twice. */
	readPassword(options: { name: string; fromStdin: boolean }): Promise<string>;
	now(): Date;
	cost?: ScryptCost;
}

class UsageError extends Error {}

interface Command {
	verb: string;
	name: string | undefined;
	role: UserRole;
	fromStdin: boolean;
}

function parseCommand(argv: string[]): Command {
	let parsed: ReturnType<typeof parseOptions>;
	try {
		parsed = parseOptions(argv);
	} catch (error) {
		throw new UsageError(
			error instanceof Error ? error.message : String(error),
		);
	}
	const [verb = "", name, ...extra] = parsed.positionals;
	if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(" ")}"`);
	const role = parsed.values.role ?? "editor";
	if (!isUserRole(role))
		throw new UsageError(
			`--role must be ${USER_ROLES.join(" or ")}, got "${role}"`,
		);
	if (parsed.values.role !== undefined && verb !== "add")
		throw new UsageError("--role goes with add only");
	return {
		verb,
		name,
		role,
		fromStdin: parsed.values["password-stdin"] ?? false,
	};
}

function parseOptions(argv: string[]) {
	return parseArgs({
		args: argv,
		allowPositionals: true,
		strict: true,
		options: {
			role: { type: "string" },
			"password-stdin": { type: "boolean" },
		},
	});
}

function needName(command: Command): string {
	if (command.name === undefined || command.name.trim() === "")
		throw new UsageError(`${command.verb} needs the account's name`);
	return command.name;
}

async function askPassword(
	command: Command,
	effects: UsersCliEffects,
): Promise<{ name: string; password: string }> {
	const name = needName(command);
	const fromStdin = command.fromStdin;
	return { name, password: await effects.readPassword({ name, fromStdin }) };
}

function refused(effects: UsersCliEffects, refusal: Refusal): number {
	effects.err(refusal.refused.message);
	return 1;
}

function listAccounts(effects: UsersCliEffects): number {
	const users = listUsers(effects.db);
	if (users.length === 0) {
		effects.out(
			"No accounts yet. Add the first admin with: npm run users -- add <name> --role admin",
		);
		return 0;
	}
	const width = Math.max(4, ...users.map((user) => user.name.length));
	effects.out(
		`${"name".padEnd(width)}  role    created           password changed`,
	);
	for (const user of users)
		effects.out(
			`${user.name.padEnd(width)}  ${user.role.padEnd(6)}  ${user.createdAt.slice(0, 16).replace("T", " ")}  ${user.passwordChangedAt.slice(0, 16).replace("T", " ")}`,
		);
	return 0;
}

async function run(
	command: Command,
	effects: UsersCliEffects,
): Promise<number> {
	const at = () => effects.now().toISOString();
	switch (command.verb) {
		case "list":
			return listAccounts(effects);
		case "add": {
			const { name, password } = await askPassword(command, effects);
			const user = await createAccount(
				effects.db,
				{ name, role: command.role, password },
				at(),
				effects.cost,
			);
			if (isRefusal(user)) return refused(effects, user);
			effects.out(`Added ${user.name} (${user.role}).`);
			return 0;
		}
		case "passwd": {
			const { name, password } = await askPassword(command, effects);
			const user = await changePassword(
				effects.db,
				name,
				password,
				at(),
				effects.cost,
			);
			if (isRefusal(user)) return refused(effects, user);
			effects.out(
				`Changed the password of ${user.name}; their logins have ended.`,
			);
			return 0;
		}
		case "remove": {
			const user = removeAccount(effects.db, needName(command));
			if (isRefusal(user)) return refused(effects, user);
			effects.out(`Removed ${user.name}; the plan's history keeps the name.`);
			return 0;
		}
		default:
			throw new UsageError(
				command.verb === ""
					? "say what to do"
					: `unknown command "${command.verb}"`,
			);
	}
}

/** `npm run users -- …`: 0 when done, 1 when refused (the reason on stderr), 2 for a usage error. */
export async function runUsersCli(
	argv: string[],
	effects: UsersCliEffects,
): Promise<number> {
	try {
		return await run(parseCommand(argv), effects);
	} catch (error) {
		if (error instanceof UsageError) {
			effects.err(`${error.message}\n\n${USAGE}`);
			return 2;
		}
		effects.err(error instanceof Error ? error.message : String(error));
		return 1;
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	let code = 1;
	try {
		const handle = openDatabase(loadConfig().databasePath);
		try {
			code = await runUsersCli(process.argv.slice(2), {
				db: handle.db,
				out: (line) => console.log(line),
				err: (line) => console.error(line),
				readPassword: ({ name, fromStdin }) =>
					fromStdin ? readPasswordFromStdin() : readPasswordFromTerminal(name),
				now: () => new Date(),
			});
		} finally {
			handle.close();
		}
	} catch (error) {
		console.error(
			error instanceof ConfigError
				? `Configuration error: ${error.message}`
				: error,
		);
	}
	process.exitCode = code;
}
