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
	};
}
