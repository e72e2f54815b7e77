import type { Lang } from "./format.ts";

/** A message: a plain text, or a function that puts values into a sentence. */
export type Message = string | ((...values: never[]) => string);

/** A feature's messages, possibly grouped one or more levels deep (e.g. a label per id). */
export interface MessageTable {
	readonly [key: string]: Message | MessageTable;
}

export type Translations<T extends MessageTable> = Readonly<Record<Lang, T>>;

/**
 * One feature's words in Swedish (the default, which fixes the shape) and English. English is
 * typed from Swedish, so it must have every key, with the same parameters, and nothing more.
 */
export function defineMessages<T extends MessageTable>(translations: {
	sv: T;
	en: NoInfer<T>;
}): Translations<T> {
	return translations;
}

/** Swedish genitive: Partille → Partilles, Vännäs → Vännäs (no extra s after s, x or z). */
export function genitive(name: string, lang: Lang): string {
	if (lang === "en") return `${name}'s`;
	return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** A name or label inside a sentence starts with a small letter: "Service till företagen" → "service till företagen". */
export function midSentence(label: string): string {
	return label.charAt(0).toLowerCase() + label.slice(1);
}
