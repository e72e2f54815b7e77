import { useEffect, useId, useRef, useState } from "react";
import { errorMessage } from "../../api/errorMessage.ts";
import {
	RETURN_PARAM,
	useLoginMutation,
	useLogoutMutation,
	useSessionQuery,
} from "../../api/session.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, navigate, useSearchParam } from "../../state/router.ts";
import { LOGIN_MESSAGES } from "./messages.ts";
import { safeReturnPath } from "./returnPath.ts";

const AFTER_LOGIN = "/handlingsplan";

export default function LoginPage() {
	const m = useMessages(LOGIN_MESSAGES);
	const session = useSessionQuery();
	const [returnParam] = useSearchParam(RETURN_PARAM);
	const target = safeReturnPath(returnParam, AFTER_LOGIN);
	const current = session.data?.session ?? null;
	return (
		<article className="login-page">
			<h1>{m.heading}</h1>
			<p className="lead">
				{session.data?.privateMode && !current ? m.privateLead : m.lead}
			</p>
			{current ? (
				<LoggedIn
					name={current.user.name}
					role={m.role[current.user.role]}
					expiresAt={current.expiresAt}
					target={target}
				/>
			) : (
				<LoginForm target={target} />
			)}
		</article>
	);
}

function LoggedIn({
	name,
	role,
	expiresAt,
	target,
}: {
	name: string;
	role: string;
	expiresAt: string;
	target: string;
}) {
	const f = useI18n();
	const m = useMessages(LOGIN_MESSAGES);
	const logout = useLogoutMutation();
	return (
		<div className="panel" role="status">
			<p>{m.loggedInAs(name, role)}</p>
			<p className="muted">{m.until(f.dateTime(expiresAt))}</p>
			<p>
				<Link href={target}>{target === AFTER_LOGIN ? m.toPlan : m.back}</Link>
			</p>
			<button
				type="button"
				disabled={logout.isPending}
				onClick={() => logout.mutate()}
			>
				{m.logOut}
			</button>
		</div>
	);
}

interface LoginError {
	field: "name" | "password" | null;
	text: string;
}

function LoginForm({ target }: { target: string }) {
	const { lang } = useI18n();
	const m = useMessages(LOGIN_MESSAGES);
	const id = useId();
	const login = useLoginMutation();
	const [name, setName] = useState("");
	const [password, setPassword] = useState("");
	const [errors, setErrors] = useState<LoginError[]>([]);
	const summaryRef = useRef<HTMLDivElement>(null);
	const nameRef = useRef<HTMLInputElement>(null);

	useEffect(() => nameRef.current?.focus(), []);
	useEffect(() => {
		if (errors.length > 0) summaryRef.current?.focus();
	}, [errors]);

	const submit = async () => {
		const missing: LoginError[] = [
			...(name.trim() === ""
				? [{ field: "name" as const, text: m.nameMissing }]
				: []),
			...(password === ""
				? [{ field: "password" as const, text: m.passwordMissing }]
				: []),
		];
		setErrors(missing);
		if (missing.length > 0) return;
		try {
			await login.mutateAsync({ name: name.trim(), password });
			navigate(target, { replace: true });
		} catch (error) {
			setPassword("");
			setErrors([
				{
					field: null,
					text:
						error instanceof Error ? errorMessage(error, lang) : String(error),
				},
			]);
		}
	};
	const errorFor = (field: "name" | "password") =>
		errors.find((e) => e.field === field)?.text;
	const input = (
		field: "name" | "password",
		label: string,
		autoComplete: string,
	) => {
		const error = errorFor(field);
		return (
			<div className={error ? "form-field has-error" : "form-field"}>
				<label htmlFor={`${id}-${field}`}>{label}</label>
				{error && (
					<span id={`${id}-${field}-error`} className="field-error">
						{error}
					</span>
				)}
				<input
					id={`${id}-${field}`}
					ref={field === "name" ? nameRef : undefined}
					type={field === "password" ? "password" : "text"}
					autoComplete={autoComplete}
					value={field === "name" ? name : password}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? `${id}-${field}-error` : undefined}
					onChange={(event) =>
						(field === "name" ? setName : setPassword)(event.target.value)
					}
				/>
			</div>
		);
	};
	return (
		<form
			className="login-form panel"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				void submit();
			}}
		>
			{errors.length > 0 && (
				<div
					ref={summaryRef}
					className="error-summary"
					role="alert"
					tabIndex={-1}
				>
					<p>{m.errorSummary}</p>
					<ul>
						{errors.map((error) => (
							<li key={error.text}>
								{error.field ? (
									<a href={`#${id}-${error.field}`}>{error.text}</a>
								) : (
									error.text
								)}
							</li>
						))}
					</ul>
				</div>
			)}
			{input("name", m.name, "username")}
			{input("password", m.password, "current-password")}
			<button type="submit" className="primary" disabled={login.isPending}>
				{login.isPending ? m.submitting : m.submit}
			</button>
		</form>
	);
}
