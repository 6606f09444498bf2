// Appending one list to another where the list may be long: `target.push(...items)` passes every item
// as an argument, and past about 120,000 of them (the records of one .jsonl file) overflows the stack.

/** Appends `items` to `target`, one at a time. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
	for (const item of items) target.push(item);
}
