export interface Config {
	databasePath: string;
	host: string;
	port: number;
	/** Bearer token for the admin routes (uploads); unset means uploads are refused. */
	adminToken: string | null;
	logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
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
	};
}
