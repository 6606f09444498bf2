import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { GazetteerPlace } from '../gazetteer/types.ts';

/**
 * The places a document names without doubt, in a geographic index: "is any of them within 400 km"
 * is a nearest-neighbour query on the sphere, right at every latitude (a grid of degree cells is not:
 * a degree of longitude is 85 km at 40°N and 56 km at 60°N).
 */
export class AnchorIndex {
	readonly #places: GazetteerPlace[];
	readonly #index: KDBush | null;

	constructor(places: Iterable<GazetteerPlace>) {
		this.#places = [...places];
		if (this.#places.length === 0) {
			this.#index = null;
			return;
		}
		this.#index = new KDBush(this.#places.length);
		for (const place of this.#places) this.#index.add(place.lon, place.lat);
		this.#index.finish();
	}

	/** Whether an anchor other than the place itself lies within `km` of it. */
	hasNear(place: GazetteerPlace, km: number): boolean {
		if (!this.#index) return false;
		return around(this.#index, place.lon, place.lat, 1, km, (i) => this.#places[i]!.id !== place.id).length > 0;
	}
}
