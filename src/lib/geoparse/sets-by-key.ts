/**
 * The distinct values of the items under each key, in the order first read. An item whose key is undefined is left
 * out (null stays a key: "no country" is a group of its own where a caller asks for it).
 */
export function setsByKey<T, K, V>(items: Iterable<T>, keyOf: (item: T) => K | undefined, valueOf: (item: T) => V): Map<K, Set<V>> {
	const sets = new Map<K, Set<V>>();
	for (const item of items) {
		const key = keyOf(item);
		if (key === undefined) continue;
		const values = sets.get(key);
		if (values) values.add(valueOf(item));
		else sets.set(key, new Set([valueOf(item)]));
	}
	return sets;
}
