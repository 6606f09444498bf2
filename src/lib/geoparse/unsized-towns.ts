// Which places are towns known only by their post-office name (isUnsizedTown), as a column by place
// index: the recogniser and the resolver ask it of every homonym of every name they read, and the
// column answers without touching the place objects and their ids.
import { isUnsizedTown, type Gazetteer } from '../gazetteer/types.ts';

const columns = new WeakMap<Gazetteer, Uint8Array>();

/** 1 where the place at that index is a town known only by its post-office name, else 0. */
export function unsizedTowns(gazetteer: Gazetteer): Uint8Array {
	if (gazetteer.unsizedTowns) return gazetteer.unsizedTowns;
	let column = columns.get(gazetteer);
	if (!column) {
		const { places } = gazetteer;
		column = new Uint8Array(places.length);
		for (let i = 0; i < places.length; i++) if (isUnsizedTown(places[i]!)) column[i] = 1;
		columns.set(gazetteer, column);
	}
	return column;
}
