export interface Config {
	databasePath: string;
	host: string;
	port: number;
	/** Bearer token for the admin routes (uploads); unset means uploads are refused. */
	adminToken: string | null;
	logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
	/**
	 * TRUST_PROXY: off by default. "true" trusts any proxy, a number that many hops, otherwise a
	 * comma-separated list of proxy addresses or CIDR ranges (e.g. "127.0.0.1,10.0.0.0/8").
	 */
	trustProxy: boolean | number | string;
	/** TOPP10_PRIVATE=1: every API read needs a login too (writes always do). */
	privateMode: boolean;
	/** How long a login lasts, in hours (TOPP10_SESSION_HOURS). */
	sessionHours: number;
	/**
	 * TOPP10_IMPORT_NICE (0–19, default 10): how far `npm run import` lowers its own CPU priority,
	 * so that a dashboard served from the same machine keeps answering while a workbook is read.
	 */
	importNice: number;
}

const LOG_LEVELS = [
	"fatal",
	"error",
	"warn",
	"info",
	"debug",
	"trace",
	"silent",
] as const;

export class ConfigError extends Error {}

function parsePort(value: string | undefined): number {
	if (value === undefined || value === "") return 3000;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new ConfigError(
			`PORT must be a whole number from 0 to 65535, got "${value}"`,
		);
	}
	return port;
}

function parseLogLevel(value: string | undefined): Config["logLevel"] {
	if (value === undefined || value === "") return "info";
	const level = LOG_LEVELS.find((candidate) => candidate === value);
	if (!level)
		throw new ConfigError(
			`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${value}"`,
		);
	return level;
}

function parseTrustProxy(value: string | undefined): Config["trustProxy"] {
	const text = value?.trim() ?? "";
	if (text === "" || text === "false" || text === "0") return false;
	if (text === "true") return true;
	if (/^[0-9]+$/.test(text)) return Number(text);
	if (!/^[0-9a-fA-F.:/, ]+$/.test(text))
		throw new ConfigError(
			`TRUST_PROXY must be true, a number of hops, or proxy addresses such as 127.0.0.1,10.0.0.0/8; got "${text}"`,
		);
	return text;
}

function parseFlag(name: string, value: string | undefined): boolean {
	if (value === undefined || value === "" || value === "0") return false;
	if (value === "1") return true;
	throw new ConfigError(`${name} must be 1 (on) or 0 (off), got "${value}"`);
}

export const DEFAULT_SESSION_HOURS = 8;
export const DEFAULT_IMPORT_NICE = 10;

/** A whole number from `min` to `max`; `fallback` when unset; else a ConfigError saying `expected`. */
function parseWholeNumber(
	value: string | undefined,
	{ min, max, fallback }: { min: number; max: number; fallback: number },
	expected: string,
): number {
	if (value === undefined || value === "") return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || number > max)
		throw new ConfigError(`${expected}, got "${value}"`);
	return number;
}

/** The one place that reads the environment; everything else receives a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const token = env.TOPP10_ADMIN_TOKEN?.trim();
	if (token !== undefined && token !== "" && token.length < 16) {
		throw new ConfigError(
			"TOPP10_ADMIN_TOKEN must be at least 16 characters (or unset to disable uploads)",
		);
	}
	return {
		databasePath: env.TOPP10_DB || "data/topp10.db",
		host: env.HOST || "127.0.0.1",
		port: parsePort(env.PORT),
		adminToken: token ? token : null,
		logLevel: parseLogLevel(env.LOG_LEVEL),
		trustProxy: parseTrustProxy(env.TRUST_PROXY),
		privateMode: parseFlag("TOPP10_PRIVATE", env.TOPP10_PRIVATE),
		sessionHours: parseWholeNumber(
			env.TOPP10_SESSION_HOURS,
			{ min: 1, max: 720, fallback: DEFAULT_SESSION_HOURS },
			"TOPP10_SESSION_HOURS must be a whole number of hours from 1 to 720",
		),
		importNice: parseWholeNumber(
			env.TOPP10_IMPORT_NICE,
			{ min: 0, max: 19, fallback: DEFAULT_IMPORT_NICE },
			"TOPP10_IMPORT_NICE must be a whole number from 0 (normal priority) to 19 (lowest)",
		),
	};
}
