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

/**
 * A searchable list of all 290 municipalities (name, code or län), usable from the keyboard. The
 * chosen municipality is the field's value; typing replaces it to search, and Escape or leaving
 * the field puts the chosen name back.
 */
export function MunicipalityPicker({
	municipalities,
	selected,
	onSelect,
	label,
	exclude = [],
}: MunicipalityPickerProps) {
	const m = useMessages(UI_MESSAGES);
	// What the user has typed since focusing the field; null while the field shows the choice.
	const [draft, setDraft] = useState<string | null>(null);
	const [isOpen, setOpen] = useState(false);
	// -1 until the user types or moves, so Enter on a freshly focused field changes nothing.
	const [active, setActive] = useState(-1);
	const listId = useId();
	const matches = useMemo(
		() =>
			filterMunicipalities(municipalities, draft ?? "")
				.filter((m) => !exclude.includes(m.code))
				.slice(0, 12),
		[municipalities, draft, exclude],
	);

	const close = () => {
		setDraft(null);
		setOpen(false);
		setActive(-1);
	};
	const choose = (code: string) => {
		onSelect(code);
		close();
	};
	const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
		if (event.key === "ArrowDown") {
			setOpen(true);
			setActive((i) => Math.min(i + 1, matches.length - 1));
		} else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
		else if (event.key === "Enter" && matches[active])
			choose(matches[active].code);
		else if (event.key === "Escape") close();
		else return;
		event.preventDefault();
	};
	const activeOption = isOpen ? matches[active] : undefined;

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
					activeOption ? `${listId}-${activeOption.code}` : undefined
				}
				placeholder={m.searchMunicipality}
				value={draft ?? selected?.name ?? ""}
				onChange={(event) => {
					setDraft(event.target.value);
					setActive(0);
					setOpen(true);
				}}
				onFocus={(event) => {
					// Selected, so the first key typed replaces the name and starts a search.
					event.target.select();
					setOpen(true);
				}}
				onBlur={close}
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
