// "Riverside, WY 82325", "springfield,  81073": a US ZIP code after a town's name says where it is.
// The first three digits of a ZIP code name the area one sorting centre serves (a few counties); the
// gazetteer's post-office towns carry their ZIP codes, so the points of those with the same three
// digits mark that area without any table beyond the gazetteer itself.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { unsizedTowns } from './unsized-towns.ts';

// ", 82325", " WY 82325", ",  81073" (a name left out between the commas): at most this far after the name
const ZIP_AFTER = /^\s*,?\s*(?:,\s*)?(?:[A-Z]{2}\.?\s+)?(\d{5})(?:-\d{4})?(?![\p{L}\p{N}]|[.,]\d)/u;
const LOOK_AHEAD = 24;
// a sorting centre's area: a town this close to one of its post offices may be the one meant
const ZIP_AREA_KM = 60;

interface ZipAreas {
	index: KDBush;
	prefixes: number[];
	/** three-digit prefix → the state of its post offices (ZIP prefixes run in blocks, one state each) */
	states: Map<number, string>;
}

const areasOf = new WeakMap<Gazetteer, ZipAreas | null>();

function zipAreas(gazetteer: Gazetteer): ZipAreas | null {
	if (areasOf.has(gazetteer)) return areasOf.get(gazetteer)!;
	// by the column of unsized towns: the ids of the others are never read
	const unsized = unsizedTowns(gazetteer);
	const offices: GazetteerPlace[] = [];
	for (let i = 0; i < unsized.length; i++) if (unsized[i] === 1 && /^zip:\d{5}$/.test(gazetteer.places[i]!.id)) offices.push(gazetteer.places[i]!);
	let areas: ZipAreas | null = null;
	if (offices.length) {
		const index = new KDBush(offices.length);
		for (const office of offices) index.add(office.lon, office.lat);
		index.finish();
		const states = new Map<number, string>();
		for (const office of offices) if (office.admin1) states.set(Number(office.id.slice(4, 7)), office.admin1);
		areas = { index, prefixes: offices.map((office) => Number(office.id.slice(4, 7))), states };
	}
	areasOf.set(gazetteer, areas);
	return areas;
}

// "…, 29853", "IL 62701": a five-digit number after a comma or a state's postal code, as addresses
// write a ZIP code (not "$29853", not "29,853")
const ZIP_IN_TEXT = /(?:,\s*|\b[A-Z]{2}\s)(\d{5})(?:-\d{4})?(?![\p{L}\p{N}]|[.,]\d)/gu;
const MAX_ZIPS = 8;
const FIVE_DIGITS = /\d{5}/;

/** The ZIP codes of the addresses a text gives (a few at most: a list of addresses says little about one name). */
export function zipCodesIn(text: string): string[] {
	// most texts have no five digits in a row, which every match has: a simpler expression says so in
	// about half the time the full one takes
	if (!FIVE_DIGITS.test(text)) return [];
	const found = new Set<string>();
	for (const match of text.matchAll(ZIP_IN_TEXT)) {
		found.add(match[1]!);
		if (found.size > MAX_ZIPS) return [];
	}
	return [...found];
}

/** The ZIP code written right after a name ending at `end`, or null. */
export function zipAfter(text: string, end: number): string | null {
	return ZIP_AFTER.exec(text.slice(end, end + LOOK_AHEAD))?.[1] ?? null;
}

// a prefix without post offices of its own (a city's) is told by the blocks around it: ZIP prefixes
// run in blocks, one state each, and a city's lies amid its neighbours'
const NEIGHBOUR_PREFIXES = 5;
const NEIGHBOUR_AREA_KM = 150;

/**
 * Whether a place lies where a ZIP code says: near a post office with the same first three digits,
 * or, where the gazetteer knows none (a city's prefix), near one of the blocks around it in its state.
 */
export function inZipArea(place: GazetteerPlace, zip: string, gazetteer: Gazetteer): boolean {
	if (place.country !== 'US' || place.kind === 'country' || place.kind === 'region') return false;
	const areas = zipAreas(gazetteer);
	if (!areas) return false;
	const prefix = Number(zip.slice(0, 3));
	if (areas.states.has(prefix)) return around(areas.index, place.lon, place.lat, 1, ZIP_AREA_KM, (i) => areas.prefixes[i] === prefix).length > 0;
	return around(areas.index, place.lon, place.lat, 1, NEIGHBOUR_AREA_KM, (i) => Math.abs(areas.prefixes[i]! - prefix) <= NEIGHBOUR_PREFIXES && areas.states.get(areas.prefixes[i]!) === place.admin1).length > 0;
}
