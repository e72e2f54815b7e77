import { useLogoutMutation } from "../api/session.ts";

/** Ends the session (DELETE /api/session); the header and the pages follow the session query. */
export function LogoutButton({ label }: { label: string }) {
	const logout = useLogoutMutation();
	return (
		<button
			type="button"
			disabled={logout.isPending}
			onClick={() => logout.mutate()}
		>
			{label}
		</button>
	);
}
