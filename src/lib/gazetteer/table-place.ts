// The gazetteer's places made from the stored table (place-columns.ts): all at once as plain objects, or
// as objects that read their fields from the table when asked.
import type { PlaceKind } from '../contracts.ts';
import type { PlaceTable } from './place-columns.ts';
import type { GazetteerPlace, ShapeGeometry } from './types.ts';

/** stored coordinates are degrees × this, rounded */
export const COORDINATE_SCALE = 1e5;

/**
 * A place of the stored table, read from its columns when a field is asked for: making 221,000 places'
 * fields and strings at every load took most of the gazetteer's load time and as much again of garbage
 * collection, where a geoparse of a few documents reads a few hundred places. A geoparse reads fields
 * through the getters a little slower (~9% fewer documents a second), so only a process that geoparses
 * a few documents (an incremental ingest's worker) takes these.
 */
export class TablePlace implements GazetteerPlace {
	readonly #table: PlaceTable;
	readonly #index: number;
	readonly #shapes: (ShapeGeometry | undefined)[];
	/** set on the few places the build lists (decode.ts) */
	declare knownAbroad?: true;
	declare alternateNameCount?: number;

	constructor(table: PlaceTable, index: number, shapes: (ShapeGeometry | undefined)[]) {
		this.#table = table;
		this.#index = index;
		this.#shapes = shapes;
	}

	get id(): string {
		return this.#table.string(this.#table.id[this.#index]!)!;
	}
	get name(): string {
		return this.#table.string(this.#table.name[this.#index]!)!;
	}
	get kind(): PlaceKind {
		return this.#table.string(this.#table.kind[this.#index]!) as PlaceKind;
	}
	get featureCode(): string {
		return this.#table.string(this.#table.featureCode[this.#index]!)!;
	}
	get country(): string | null {
		return this.#table.string(this.#table.country[this.#index]!);
	}
	get admin1(): string | null {
		return this.#table.string(this.#table.admin1[this.#index]!);
	}
	get admin2(): string | null {
		return this.#table.string(this.#table.admin2[this.#index]!);
	}
	get lat(): number {
		return this.#table.lat[this.#index]! / COORDINATE_SCALE;
	}
	get lon(): number {
		return this.#table.lon[this.#index]! / COORDINATE_SCALE;
	}
	get population(): number {
		return this.#table.population[this.#index]!;
	}
	get geonameId(): number | null {
		const id = this.#table.geonameId[this.#index]!;
		return id < 0 ? null : id;
	}
	get geometry(): ShapeGeometry | undefined {
		return this.#shapes[this.#index];
	}

	/** the fields as a plain object (what JSON.stringify and a spread see of a place) */
	toJSON(): GazetteerPlace {
		const { id, name, kind, featureCode, country, admin1, admin2, lat, lon, population, geonameId, geometry } = this;
		return { id, name, kind, featureCode, country, admin1, admin2, lat, lon, population, geonameId, ...(geometry ? { geometry } : {}), ...(this.knownAbroad ? { knownAbroad: true } : {}), ...(this.alternateNameCount ? { alternateNameCount: this.alternateNameCount } : {}) };
	}
}

/** Every place as a TablePlace (`shapes`: the shapes by place index, filled by the caller). */
export function tablePlaces(table: PlaceTable, shapes: (ShapeGeometry | undefined)[]): GazetteerPlace[] {
	const places: GazetteerPlace[] = new Array(table.count);
	for (let i = 0; i < table.count; i++) places[i] = new TablePlace(table, i, shapes);
	return places;
}

/** Every place as a plain object, made now (every string first, then the places from an array of them). */
export function plainPlaces(table: PlaceTable): GazetteerPlace[] {
	const { count, id, name, kind, featureCode, country, admin1, admin2, lat, lon, population, geonameId } = table;
	const strings = table.allStrings();
	const places: GazetteerPlace[] = new Array(count);
	for (let i = 0; i < count; i++) {
		places[i] = {
			id: strings[id[i]!]!,
			name: strings[name[i]!]!,
			kind: strings[kind[i]!] as PlaceKind,
			featureCode: strings[featureCode[i]!]!,
			country: strings[country[i]!]!,
			admin1: strings[admin1[i]!]!,
			admin2: strings[admin2[i]!]!,
			lat: lat[i]! / COORDINATE_SCALE,
			lon: lon[i]! / COORDINATE_SCALE,
			population: population[i]!,
			geonameId: geonameId[i]! < 0 ? null : geonameId[i]!,
			// set on a few places after (decode.ts), present on all from the start: adding a field to some
			// gave places four hidden classes, and every place read in the geoparser saw them all
			geometry: undefined,
			knownAbroad: undefined,
			alternateNameCount: undefined
		};
	}
	return places;
}
