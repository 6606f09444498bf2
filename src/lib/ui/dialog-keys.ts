// The keyboard rules every modal <dialog> of the app shares: Tab and Shift+Tab wrap inside it (a native
// modal dialog would hand focus to the browser's own UI after its last control), and Escape is the
// dialog's alone (it closes the dialog, not the popup or panel under it).

const FOCUSABLE = 'button, input, select, textarea, summary, a[href], [tabindex]';

/** Whether Tab can land on `el`: enabled, shown, in the tab order, and of a radio group only the checked one. */
function tabbable(el: HTMLElement): boolean {
	if (el.tabIndex < 0 || el.hasAttribute('disabled') || el.closest('[inert]') || !el.getClientRects().length) return false;
	if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
		const radios = [...(el.closest('dialog') ?? document).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
		// an unchecked radio takes Tab only when none of its group is checked, and then the first does
		return !radios.some((r) => r.checked) && radios[0] === el;
	}
	return true;
}

/** The controls Tab moves through inside `dialog`, in document order. */
export function tabStops(dialog: HTMLElement): HTMLElement[] {
	return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(tabbable);
}

/** A modal dialog's keydown handler (bind it on the <dialog>). */
export function dialogKeydown(event: KeyboardEvent): void {
	const dialog = event.currentTarget as HTMLElement;
	if (event.key === 'Escape') {
		event.stopPropagation();
		return;
	}
	if (event.key !== 'Tab') return;
	const stops = tabStops(dialog);
	const first = stops[0];
	const last = stops[stops.length - 1];
	if (!first || !last) return;
	const at = document.activeElement;
	if (event.shiftKey && (at === first || at === dialog)) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && at === last) {
		event.preventDefault();
		first.focus();
	}
}
