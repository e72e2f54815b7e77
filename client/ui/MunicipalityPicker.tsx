import { type KeyboardEvent, useId, useMemo, useState } from "react";
import type { Municipality } from "../../server/schemas/municipalities.ts";
import { useMessages } from "../i18n/useI18n.ts";
import { filterMunicipalities } from "./filterMunicipalities.ts";
import { UI_MESSAGES } from "./messages.ts";

interface MunicipalityPickerProps {
	municipalities: Municipality[];
	selected: Municipality | undefined;
	onSelect: (code: string) => void;
	/** Visible label; "Kommun" by default. */
	label?: string;
	/** Codes not to offer (e.g. peers already chosen). */
	exclude?: readonly string[];
}

/** A searchable list of all 290 municipalities (name, code or län), usable from the keyboard. */
export function MunicipalityPicker({
	municipalities,
	selected,
	onSelect,
	label,
	exclude = [],
}: MunicipalityPickerProps) {
	const m = useMessages(UI_MESSAGES);
	const [query, setQuery] = useState("");
	const [isOpen, setOpen] = useState(false);
	const [active, setActive] = useState(0);
	const listId = useId();
	const matches = useMemo(
		() =>
			filterMunicipalities(municipalities, query)
				.filter((m) => !exclude.includes(m.code))
				.slice(0, 12),
		[municipalities, query, exclude],
	);

	const choose = (code: string) => {
		onSelect(code);
		setQuery("");
		setOpen(false);
	};
	const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
		if (event.key === "ArrowDown")
			setActive((i) => Math.min(i + 1, matches.length - 1));
		else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
		else if (event.key === "Enter" && matches[active])
			choose(matches[active].code);
		else if (event.key === "Escape") setOpen(false);
		else return;
		event.preventDefault();
	};

	return (
		<div className="picker">
			<label htmlFor={`${listId}-input`}>{label ?? m.municipality}</label>
			<input
				id={`${listId}-input`}
				role="combobox"
				aria-expanded={isOpen}
				aria-controls={listId}
				aria-autocomplete="list"
				aria-activedescendant={
					isOpen && matches[active]
						? `${listId}-${matches[active].code}`
						: undefined
				}
				placeholder={
					selected
						? `${selected.name} (${selected.code})`
						: m.searchMunicipality
				}
				value={query}
				onChange={(event) => {
					setQuery(event.target.value);
					setActive(0);
					setOpen(true);
				}}
				onFocus={() => setOpen(true)}
				onBlur={() => setOpen(false)}
				onKeyDown={onKeyDown}
			/>
			{isOpen && matches.length > 0 && (
				<div id={listId} role="listbox" className="picker-list">
					{matches.map((m, index) => (
						<div
							key={m.code}
							id={`${listId}-${m.code}`}
							role="option"
							tabIndex={-1}
							aria-selected={index === active}
							onMouseDown={(event) => {
								event.preventDefault();
								choose(m.code);
							}}
						>
							{m.name}{" "}
							<span className="muted">
								{m.code} · {m.countyName}
							</span>
						</div>
					))}
				</div>
			)}
		</div>
	);
}
