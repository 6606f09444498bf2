import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import type { GazetteerPlace } from '../gazetteer/types.ts';

// Below this many anchors a straight scan is quicker than building and walking a tree.
const SCAN_LIMIT = 48;
const KM_PER_DEGREE_LATITUDE = 111;

/**
 * The anchors with at most two of distinct id at one point: "an anchor other than the place itself
 * lies there" reads the same (of two ids, one is not the place's). geokdbush's `around` pops a box and a
 * point at the same distance in either order, so thousands of copies of one place ("aid groups in Port
 * Sudan said" repeated) made every query beyond the radius walk them all: quadratic in the text.
 */
function atMostTwoAPoint(places: Iterable<GazetteerPlace>): GazetteerPlace[] {
	const kept: GazetteerPlace[] = [];
	// by latitude, then longitude: a key string made of the two numbers cost more than the rest of the
	// index (a Map compares number keys as `${lat} ${lon}` compared the strings: -0 is 0)
	const idsAt = new Map<number, Map<number, string[]>>();
	for (const place of places) {
		let atLatitude = idsAt.get(place.lat);
		if (!atLatitude) idsAt.set(place.lat, (atLatitude = new Map()));
		const ids = atLatitude.get(place.lon);
		if (!ids) atLatitude.set(place.lon, [place.id]);
		else if (ids.length > 1 || ids[0] === place.id) continue;
		else ids.push(place.id);
		kept.push(place);
	}
	return kept;
}

/**
 * The places a document names without doubt, in a geographic index: "is any of them within 400 km"
 * is a great-circle question, right at every latitude (a grid of degree cells is not: a degree of
 * longitude is 85 km at 40°N and 56 km at 60°N).
 */
export class AnchorIndex {
	readonly #places: GazetteerPlace[];
	readonly #index: KDBush | null;

	constructor(places: Iterable<GazetteerPlace>) {
		this.#places = atMostTwoAPoint(places);
		if (this.#places.length <= SCAN_LIMIT) {
			this.#index = null;
			return;
		}
		this.#index = new KDBush(this.#places.length);
		for (const place of this.#places) this.#index.add(place.lon, place.lat);
		this.#index.finish();
	}

	/** Whether an anchor other than the place itself (and one `accepts`, if given) lies within `km` of it. */
	hasNear(place: GazetteerPlace, km: number, accepts?: (anchor: GazetteerPlace) => boolean): boolean {
		if (!this.#index) {
			// a degree of latitude is 111 km everywhere: most anchors fail that test before the great circle
			const degrees = km / KM_PER_DEGREE_LATITUDE;
			for (const anchor of this.#places) {
				if (Math.abs(anchor.lat - place.lat) > degrees || anchor.id === place.id || (accepts && !accepts(anchor))) continue;
				if (distance(place.lon, place.lat, anchor.lon, anchor.lat) < km) return true;
			}
			return false;
		}
		return around(this.#index, place.lon, place.lat, 1, km, (i) => this.#places[i]!.id !== place.id && (!accepts || accepts(this.#places[i]!))).length > 0;
	}
}
