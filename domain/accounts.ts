/** Rules for account names and passwords, shared by `npm run users` and the API. */

export const PASSWORD_MIN_LENGTH = 12;
/** scrypt hashes any length, but a megabyte "password" is an attack on the CPU, not a password. */
export const PASSWORD_MAX_LENGTH = 256;

const NAME_PATTERN = /^[\p{L}\p{N}._@-]{2,64}$/u;

/** Names are case-insensitive: "Anna.Berg" logs in as "anna.berg". */
export function normaliseUserName(name: string): string {
	return name.trim().normalize("NFC").toLowerCase();
}

/** Why a (normalised) name cannot be an account name, or null when it can. */
export function checkUserName(name: string): string | null {
	if (NAME_PATTERN.test(name)) return null;
	return `The name "${name}" is not allowed: use 2–64 letters, digits, ".", "_", "-" or "@", without spaces (e.g. anna.berg).`;
}

/** Why a password is refused, or null when it is accepted. */
export function checkPassword(password: string): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH)
		return `The password has ${length} characters; use at least ${PASSWORD_MIN_LENGTH} (a few words make a good one).`;
	if (length > PASSWORD_MAX_LENGTH)
		return `The password is longer than ${PASSWORD_MAX_LENGTH} characters.`;
	if (password.trim() !== password)
		return "The password starts or ends with a space: remove it, or it would be easy to mistype.";
	return null;
}
