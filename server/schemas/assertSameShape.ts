/**
 * Compile-time check that an analysis type and the API schema's derived type are the same shape,
 * so a field added to one and not the other fails the typecheck instead of being dropped by the
 * response serialiser. Usage: `sameShape<AnalysisType, Static<typeof Schema>>(true);`
 */
export type SameShape<A, B> = [A] extends [B]
	? [B] extends [A]
		? true
		: false
	: false;

export function sameShape<A, B>(_check: SameShape<A, B>): void {}
