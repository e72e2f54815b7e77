import { useEffect, useId, useRef, useState } from "react";
import { errorMessage } from "../../api/errorMessage.ts";
import {
	RETURN_PARAM,
	useLoginMutation,
	useSessionQuery,
} from "../../api/session.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, navigate, useSearchParam } from "../../state/router.ts";
import { ErrorSummary, Form, TextField } from "../../ui/FormField.tsx";
import { LogoutButton } from "../../ui/LogoutButton.tsx";
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
	return (
		<div className="panel" role="status">
			<p>{m.loggedInAs(name, role)}</p>
			<p className="muted">{m.until(f.dateTime(expiresAt))}</p>
			<p>
				<Link href={target}>{target === AFTER_LOGIN ? m.toPlan : m.back}</Link>
			</p>
			<LogoutButton label={m.logOut} />
		</div>
	);
}

type LoginField = "name" | "password";

interface LoginError {
	field: LoginField | null;
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
	const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
	const fieldId = (field: LoginField) => `${id}-${field}`;

	useEffect(() => nameRef.current?.focus(), []);

	const submit = async () => {
		const missing: LoginError[] = [];
		if (name.trim() === "")
			missing.push({ field: "name", text: m.nameMissing });
		if (password === "")
			missing.push({ field: "password", text: m.passwordMissing });
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
	const errorFor = (field: LoginField) =>
		errors.find((e) => e.field === field)?.text;
	return (
		<Form className="login-form panel" onSubmit={() => void submit()}>
			<ErrorSummary
				title={m.errorSummary}
				errors={errors.map((e) => ({
					fieldId: e.field ? fieldId(e.field) : null,
					text: e.text,
				}))}
			/>
			<TextField
				id={fieldId("name")}
				label={m.name}
				value={name}
				onChange={setName}
				error={errorFor("name")}
				autoComplete="username"
				inputRef={nameRef}
			/>
			<TextField
				id={fieldId("password")}
				label={m.password}
				type="password"
				value={password}
				onChange={setPassword}
				error={errorFor("password")}
				autoComplete="current-password"
			/>
			<button type="submit" className="primary" disabled={login.isPending}>
				{login.isPending ? m.submitting : m.submit}
			</button>
		</Form>
	);
}
