import type { ShapeGeometry } from '../../gazetteer/types.ts';
import type { PlaceKind } from '../../contracts.ts';

/** A place while the index is being assembled: every name it may be called by. */
export interface DraftPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	featureCode: string;
	country: string | null;
	admin1: string | null;
	lat: number;
	lon: number;
	/** population, or an importance on the same scale for places without one */
	population: number;
	geonameId: number | null;
	names: Set<string>;
	/** GeoNames' alternate names: other languages and spellings, weaker evidence than the names above */
	alternateNames?: Set<string>;
	geometry?: ShapeGeometry;
}
