// What a stage reads once of a whole text (its places by country, its lands) is kept in a closure made where the text
// is read — a computedOnce value, or a test made once per text that returns the per-mention test (index.ts, the
// judge's context) — never in a module WeakMap keyed on one of the text's lists: the memo then lives exactly as long
// as the text's reading, the call site shows it is shared, and nothing hangs on which list object a caller passes.
// (Module WeakMaps stay for what is read once per gazetteer.)

/** A value computed on first use and kept (a function, not an inner one: see resolve.ts). */
export function computedOnce<T>(compute: () => T): () => T {
	let computed = false;
	let value: T;
	return () => {
		if (!computed) {
			value = compute();
			computed = true;
		}
		return value;
	};
}
