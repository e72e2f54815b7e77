import {
	INSIKT_TITLE,
	type KoladaKpi,
	readKpiTitle,
} from "../../formats/kolada/koladaCatalogue.ts";

export const KOLADA_BASE_URL = "https://api.kolada.se/v3";
/** More than 25 ids in one path segment is an error; Kolada advises about 20 municipalities a call. */
export const MAX_YEARS_PER_CALL = 25;
export const MAX_KPIS_PER_CALL = 25;
export const MAX_MUNICIPALITIES_PER_CALL = 20;
const REQUESTS_PER_SECOND = 5;
const MAX_ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** A next link that never ends would loop forever; no real answer has this many pages. */
const MAX_PAGES = 500;

/** The part of the Fetch API the client uses, so tests can pass recorded responses. */
export interface FetchResponse {
	ok: boolean;
	status: number;
	headers: { get(name: string): string | null };
	json(): Promise<unknown>;
}
export type FetchFn = (url: string) => Promise<FetchResponse>;

export interface KoladaEffects {
	fetch: FetchFn;
	sleep(ms: number): Promise<void>;
	/** Milliseconds, monotonic enough for rate limiting. */
	now(): number;
	onProgress?: (done: number, total: number) => void;
	/** Called with every page as received, e.g. to save recorded responses. */
	onPage?: (url: string, body: unknown) => void;
}

export interface KoladaRequest {
	years: number[];
	municipalities: string[];
	baseUrl?: string;
}

export type KoladaFetch =
	| { ok: true; kpis: KoladaKpi[]; values: unknown[]; requests: number }
	| { ok: false; message: string };

class KoladaError extends Error {}

/**
 * Fetches Insikt from Kolada v3: discovers the KPIs by title in the catalogue
 * (`/v3/kpi?title=Företagsklimat Insikt`, read by the same title reader as saved files: areas,
 * NKI totalt of both definitions, service factors, answers and response rates), then the values
 * in calls of at most 25 KPIs × 25 years × 20 municipalities, following next_url, at most 5
 * requests a second, with exponential backoff on 429, 5xx and network errors. Never throws:
 * failures come back as data.
 */
export async function fetchInsiktFromKolada(
	request: KoladaRequest,
	effects: KoladaEffects,
): Promise<KoladaFetch> {
	const baseUrl = request.baseUrl ?? KOLADA_BASE_URL;
	const client = createClient(effects);
	try {
		const kpiUrl = `${baseUrl}/kpi?title=${encodeURIComponent(INSIKT_TITLE)}`;
		const kpis = (await client.getAllPages(kpiUrl, baseUrl))
			.filter(isKpi)
			.filter((kpi) => readKpiTitle(kpi.title) !== null);
		if (kpis.length === 0)
			return {
				ok: false,
				message: `Kolada's catalogue lists no KPI whose title names an Insikt figure (${kpiUrl})`,
			};
		const urls = dataUrls(
			baseUrl,
			kpis.map((kpi) => kpi.id),
			request,
		);
		const values: unknown[] = [];
		for (const [index, url] of urls.entries()) {
			values.push(...(await client.getAllPages(url, baseUrl)));
			effects.onProgress?.(index + 1, urls.length);
		}
		return { ok: true, kpis, values, requests: client.requests() };
	} catch (error) {
		return {
			ok: false,
			message: error instanceof Error ? error.message : String(error),
		};
	}
}

function isKpi(value: unknown): value is KoladaKpi {
	return (
		typeof value === "object" &&
		value !== null &&
		typeof Reflect.get(value, "id") === "string" &&
		typeof Reflect.get(value, "title") === "string"
	);
}

function chunks<T>(items: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < items.length; i += size)
		result.push(items.slice(i, i + size));
	return result;
}

/** One data URL per block of ≤25 KPIs × ≤25 years × ≤20 municipalities. */
export function dataUrls(
	baseUrl: string,
	kpis: string[],
	request: KoladaRequest,
): string[] {
	return chunks(kpis, MAX_KPIS_PER_CALL).flatMap((kpiBlock) =>
		chunks(request.years, MAX_YEARS_PER_CALL).flatMap((years) =>
			chunks(request.municipalities, MAX_MUNICIPALITIES_PER_CALL).map(
				(municipalities) =>
					`${baseUrl}/data/kpi/${kpiBlock.join(",")}/municipality/${municipalities.join(",")}/year/${years.join(",")}`,
			),
		),
	);
}

function createClient(effects: KoladaEffects) {
	const startedAt: number[] = [];
	let requests = 0;

	/** Waits until fewer than five requests started within the last second. */
	const throttle = async (): Promise<void> => {
		const oldest =
			startedAt.length >= REQUESTS_PER_SECOND ? startedAt[0] : undefined;
		if (oldest !== undefined) {
			const wait = oldest + 1000 - effects.now();
			if (wait > 0) await effects.sleep(wait);
			startedAt.shift();
		}
		startedAt.push(effects.now());
	};

	const getJson = async (url: string): Promise<unknown> => {
		for (let attempt = 1; ; attempt++) {
			await throttle();
			requests++;
			const outcome = await attemptFetch(effects.fetch, url);
			if (outcome.ok) {
				effects.onPage?.(url, outcome.body);
				return outcome.body;
			}
			if (!outcome.retry || attempt >= MAX_ATTEMPTS)
				throw new KoladaError(
					`${url}: ${outcome.reason}${outcome.retry ? ` (gave up after ${attempt} attempts)` : ""}`,
				);
			await effects.sleep(backoffMs(attempt, outcome.retryAfterMs));
		}
	};

	const getAllPages = async (
		url: string,
		baseUrl: string,
	): Promise<unknown[]> => {
		const values: unknown[] = [];
		const seen = new Set<string>();
		for (let next: string | null = url; next !== null; ) {
			if (seen.has(next) || seen.size >= MAX_PAGES)
				throw new KoladaError(`${url}: the next_url links do not end`);
			seen.add(next);
			const body = await getJson(next);
			const page = readPage(body, next);
			values.push(...page.values);
			next = page.next ? new URL(page.next, `${baseUrl}/`).toString() : null;
		}
		return values;
	};

	return { getAllPages, requests: () => requests };
}

type Attempt =
	| { ok: true; body: unknown }
	| { ok: false; retry: boolean; reason: string; retryAfterMs: number | null };

async function attemptFetch(fetch: FetchFn, url: string): Promise<Attempt> {
	let response: FetchResponse;
	try {
		response = await fetch(url);
	} catch (error) {
		return {
			ok: false,
			retry: true,
			reason: `network error: ${error instanceof Error ? error.message : String(error)}`,
			retryAfterMs: null,
		};
	}
	if (!response.ok)
		return {
			ok: false,
			retry: response.status === 429 || response.status >= 500,
			reason: `HTTP ${response.status}`,
			retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
		};
	try {
		return { ok: true, body: await response.json() };
	} catch {
		return {
			ok: false,
			retry: true,
			reason: "the answer is not JSON",
			retryAfterMs: null,
		};
	}
}

function retryAfterMs(header: string | null): number | null {
	const seconds = Number(header);
	return header !== null && Number.isFinite(seconds) && seconds >= 0
		? seconds * 1000
		: null;
}

/** 0.5 s, 1 s, 2 s, 4 s… (or what Retry-After asks), capped at 30 s. */
export function backoffMs(attempt: number, retryAfter: number | null): number {
	return Math.min(
		retryAfter ?? FIRST_BACKOFF_MS * 2 ** (attempt - 1),
		MAX_BACKOFF_MS,
	);
}

function readPage(
	body: unknown,
	url: string,
): { values: unknown[]; next: string | null } {
	if (typeof body !== "object" || body === null)
		throw new KoladaError(`${url}: not a Kolada v3 answer`);
	const values: unknown = Reflect.get(body, "values");
	if (!Array.isArray(values))
		throw new KoladaError(`${url}: the answer has no "values" array`);
	const next: unknown =
		Reflect.get(body, "next_page") ?? Reflect.get(body, "next_url");
	return {
		values,
		next: typeof next === "string" && next !== "" ? next : null,
	};
}
