/**
 * Where to go after logging in: the `tillbaka` path when it is a path of this site ("/faktorer?ar=2024"),
 * never another site ("//evil.example", "https://…") and never the login page itself.
 */
export function safeReturnPath(value: string | null, fallback: string): string {
	if (value === null || !value.startsWith("/") || value.startsWith("//"))
		return fallback;
	if (value.includes("\\") || /^\/logga-in(?:[/?#]|$)/.test(value))
		return fallback;
	return value;
}
