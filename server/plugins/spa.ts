import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
	brotliCompressSync,
	gzipSync,
	constants as zlibConstants,
} from "node:zlib";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { DataYears } from "../schemas/years.ts";
import { apiError } from "./errors.ts";
import { pagePreloads, readManifest } from "./pagePreloads.ts";
import { preferredEncoding } from "./readCache.ts";

const ONE_YEAR_SECONDS = 31_536_000;
const HTML_TYPE = "text/html; charset=utf-8";
/** The meta element the client reads the years from (client/app/embeddedYears.ts). */
export const YEARS_META_NAME = "topp10-years";
/** index.html and its precompressed copies: the page is rendered per data version instead. */
const INDEX_FILES = ["index.html", "index.html.br", "index.html.gz"];

/** Vite names everything under assets/ by its content hash, so those files never change. */
export function cacheControlOf(path: string): string {
	return /[\\/]assets[\\/]/.test(path)
		? `public, max-age=${ONE_YEAR_SECONDS}, immutable`
		: "no-cache";
}

/** What index.html carries so the first requests need no round-trip: /api/years' answer. */
export interface PageData {
	/** The data version (db/queries/meta/getDataVersion.ts); the page's ETag changes with it. */
	version: () => number;
	years: () => DataYears;
}

/** Text for a double-quoted attribute value: the five characters HTML gives meaning there. */
export function escapeAttribute(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** What index.html carries for one route: the years (none in private mode) and the page's chunks. */
interface PageHead {
	years: DataYears | null;
	preloads: readonly string[];
}

/** index.html with the route's modulepreloads and the years as a meta element at the end of its head. */
export function renderIndexPage(template: string, head: PageHead): string {
	const lines = head.preloads.map(
		(file) =>
			`<link rel="modulepreload" crossorigin href="${escapeAttribute(file)}">`,
	);
	if (head.years)
		lines.push(
			`<meta name="${YEARS_META_NAME}" content="${escapeAttribute(JSON.stringify(head.years))}">`,
		);
	if (lines.length === 0) return template;
	return template.replace(
		"</head>",
		`${lines.map((line) => `\t${line}\n`).join("")}\t</head>`,
	);
}

interface RenderedPage {
	etag: string;
	body: Buffer;
	br: Buffer;
	gzip: Buffer;
}

function renderedPage(html: string, version: number | null): RenderedPage {
	const body = Buffer.from(html);
	const hash = createHash("sha1").update(body).digest("base64url").slice(0, 16);
	return {
		etag: `"${version ?? "static"}-${hash}"`,
		body,
		br: brotliCompressSync(body, {
			params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 },
		}),
		gzip: gzipSync(body, { level: 9 }),
	};
}

/** The route a page request is for, as the client normalises it; "" for any other path. */
function routeOf(url: string, routes: ReadonlyMap<string, unknown>): string {
	const path = (url.split("?")[0] ?? "").replace(/\/+$/, "") || "/";
	return routes.has(path) ? path : "";
}

/**
 * index.html as it is sent for a URL: rendered, compressed and given its ETag once per route and
 * data version, so a page request costs a version check and a map lookup. Without page data
 * (private mode: the API's answers need a login) it carries no years.
 */
function createIndexPage(
	template: string,
	pageData: PageData | null,
	preloads: ReadonlyMap<string, readonly string[]>,
): (url: string) => RenderedPage {
	let version: number | null = null;
	const pages = new Map<string, RenderedPage>();
	return (url) => {
		const current = pageData ? pageData.version() : null;
		if (current !== version) {
			pages.clear();
			version = current;
		}
		const route = routeOf(url, preloads);
		let page = pages.get(route);
		if (!page) {
			const html = renderIndexPage(template, {
				years: pageData ? pageData.years() : null,
				preloads: preloads.get(route) ?? [],
			});
			page = renderedPage(html, current);
			pages.set(route, page);
		}
		return page;
	};
}

function sendIndexPage(
	page: RenderedPage,
	request: FastifyRequest,
	reply: FastifyReply,
): FastifyReply {
	const encoding = preferredEncoding(request.headers["accept-encoding"]);
	const etag =
		encoding === null ? page.etag : `${page.etag.slice(0, -1)}-${encoding}"`;
	reply
		.header("etag", etag)
		.header("cache-control", "no-cache")
		.header("vary", "accept-encoding")
		.type(HTML_TYPE);
	if (request.headers["if-none-match"] === etag) return reply.code(304).send();
	if (encoding === null) return reply.send(page.body);
	return reply
		.header("content-encoding", encoding)
		.send(encoding === "br" ? page.br : page.gzip);
}

/**
 * Serves the built client and answers unknown non-API GETs with index.html, so that client
 * routes such as /faktorer survive a reload. Unknown /api paths stay JSON 404s. index.html
 * carries /api/years' answer (see PageData), so its ETag is keyed on the data version: after an
 * import a revalidating browser gets the new page, never a stale one. It also names the route's
 * page chunks as modulepreloads (pagePreloads.ts, from Vite's manifest).
 */
export async function registerSpa(
	app: FastifyInstance,
	clientDir: string | null,
	pageData: PageData | null = null,
): Promise<void> {
	const indexPath = clientDir === null ? null : join(clientDir, "index.html");
	const manifest = clientDir === null ? null : readManifest(clientDir);
	const indexPage =
		indexPath !== null && existsSync(indexPath)
			? createIndexPage(
					readFileSync(indexPath, "utf8"),
					pageData,
					manifest ? pagePreloads(manifest) : new Map(),
				)
			: null;
	if (clientDir !== null && indexPage) {
		await app.register(fastifyStatic, {
			root: clientDir,
			wildcard: false,
			index: false,
			globIgnore: INDEX_FILES,
			preCompressed: true,
			// Set per file below: hashed assets are immutable, the page itself is revalidated.
			cacheControl: false,
			setHeaders: (reply, path) => {
				reply.header("cache-control", cacheControlOf(path));
			},
		});
	}
	app.setNotFoundHandler((request, reply) => {
		const isPageRequest =
			(request.method === "GET" || request.method === "HEAD") &&
			!request.url.startsWith("/api");
		if (indexPage && isPageRequest)
			return sendIndexPage(indexPage(request.url), request, reply);
		return reply
			.code(404)
			.send(
				apiError(
					404,
					"not_found",
					`No such resource: ${request.method} ${request.url.split("?")[0]}`,
				),
			);
	});
}
