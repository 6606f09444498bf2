// The reader's light/dark setting (prefers-color-scheme), followed while the page is open.
const query = typeof window === 'undefined' ? null : window.matchMedia('(prefers-color-scheme: dark)');
let dark = $state(query?.matches ?? false);
query?.addEventListener('change', (event) => (dark = event.matches));

export function systemPrefersDark(): boolean {
	return dark;
}
