/** Lower-case without accents: "Malung-Sälen" → "malung-salen", for matching names and headers. */
export function foldText(text: string): string {
	return text
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase();
}
