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
