// How far the first reading of a name in a text lies from a point (km, rounded), or null when the name is
// not read as a place: the measure of the specs that place a toponym by its context.
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';

export function kmFromReading(gazetteer: Gazetteer, text: string, name: string, [lat, lon]: [number, number]): number | null {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found ? Math.round(kilometres(found, { lat, lon })) : null;
}
