// Arrays one stage of the pipeline hands to the next, made the same way whatever V8 tier runs the maker.
// Array.prototype.map returns a packed array from the interpreter but a holey one from optimised code,
// and filter an empty array of another elements kind: when the function that makes such an array was
// optimised (or deoptimised), every function the array reached saw an array map it had not seen and was
// deoptimised ("wrong map") and compiled again. Measured on GeoWebNews: waves of 10–20 deoptimisations
// of the resolution stage's functions, some recompiled 3–4 times at 100–300 ms of compiling each, long
// after the first passes. An array built by push keeps one kind in every tier.

/** items.map(f), as a packed array in every tier. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
	const out: U[] = [];
	for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
	return out;
}

/**
 * An empty array V8 keeps as doubles whatever numbers are pushed: one built from [] holds small integers
 * until the first fraction arrives, so a candidate's weights (5,000 for a town, 7,500.5 for a seat's
 * lift) came as two kinds of array, and the functions that read them were compiled again for the other.
 */
export function doubles(): number[] {
	const out = [0.5];
	out.pop();
	return out;
}

/** items.map(f) for numbers, as an array of doubles in every tier (see doubles). */
export function mapDoubles<T>(items: readonly T[], f: (item: T, index: number) => number): number[] {
	const out = doubles();
	for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
	return out;
}

/** items.filter(keep), as a packed array in every tier. */
export function filterPacked<T>(items: readonly T[], keep: (item: T, index: number) => boolean): T[] {
	const out: T[] = [];
	for (let i = 0; i < items.length; i++) if (keep(items[i]!, i)) out.push(items[i]!);
	return out;
}

/** The last item, or undefined for an empty array: items[items.length - 1] without reading index -1 (see tokenAt in tokens.ts). */
export function lastOf<T>(items: readonly T[]): T | undefined {
	return items.length > 0 ? items[items.length - 1] : undefined;
}
