// What the name table stores for each name: a place index and whether the name is one of GeoNames'
// alternate names (other languages, old spellings) rather than the place's own or a curated name.
// "Balart" is an alternate of Ballarat and "Levi" of Lévis: such matches count for less.

export interface PlaceReference {
	index: number;
	alternate: boolean;
}

export function encodePlaceReference(index: number, alternate: boolean): number {
	return index * 2 + (alternate ? 1 : 0);
}

export function decodePlaceReference(value: number): PlaceReference {
	return { index: value >>> 1, alternate: (value & 1) === 1 };
}

/** decodePlaceReference's parts, without making an object. */
export function referencedIndex(value: number): number {
	return value >>> 1;
}

export function isAlternateReference(value: number): boolean {
	return (value & 1) === 1;
}
