import type { Static, TObject, TSchema } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errorResponses } from "../schemas/errors.ts";
import { type Refusal, sendResult } from "../services/refusal.ts";

/** Read routes answer from the read cache: the data changes only on import. */
const config = { readCache: true };

interface CachedRead<R extends TObject> {
	tags: string[];
	summary: string;
	response: R;
}

/** A cached `GET` at the plugin's root that takes no query: the service's answer as it is. */
export function getCachedAnswer<R extends TObject>(
	app: FastifyInstance,
	route: CachedRead<R> & { answer: () => Static<R> },
): void {
	// An explicit route generic (no query): the type provider cannot resolve a generic schema.
	app.get<{ Querystring: undefined }>(
		"",
		{
			config,
			schema: {
				tags: route.tags,
				summary: route.summary,
				response: { 200: route.response },
			},
		},
		async () => route.answer(),
	);
}

/** A cached `GET` at the plugin's root: validated query → service → its answer or refusal. */
export function getCachedQueryAnswer<Q extends TSchema, R extends TObject>(
	app: FastifyInstance,
	route: CachedRead<R> & {
		querystring: Q;
		answer: (query: Static<Q>) => Static<R> | Refusal;
	},
): void {
	// Typed from the route's own schemas: the type provider cannot resolve a generic schema.
	app.get<{ Querystring: Static<Q> }>(
		"",
		{
			config,
			schema: {
				tags: route.tags,
				summary: route.summary,
				querystring: route.querystring,
				response: { 200: route.response, ...errorResponses },
			},
		},
		async (request, reply) => sendResult(reply, route.answer(request.query)),
	);
}
