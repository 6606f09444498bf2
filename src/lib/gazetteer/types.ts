import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { PlaceKind } from '../contracts.ts';
import type { NameTable } from './name-table.ts';
import type { PlaceIdIndex } from './place-ids.ts';

export type ShapeGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** One gazetteer entry, as the geoparser sees it. */
export interface GazetteerPlace {
	/**
	 * "gn:<geonameid>" for GeoNames places, "cur:<slug>" for curated entries, "adm1:<CC>-<ISO code>" for
	 * regions, "adm2:US-<5-digit FIPS>" for US counties, "adm2:<CC>.<A1>.<A2>" for other countries'
	 * second-level divisions (GeoNames' admin2 codes), "zip:<ZIP code>" for small US towns known
	 * only from ZIP codes (population unknown: see isUnsizedTown), "c1k:<CC>-<admin1>-<name>" for GeoNames
	 * cities1000 places the cities500 snapshot lacks (population unknown: isSupplementTown)
	 */
	id: string;
	name: string;
	kind: PlaceKind;
	/** GeoNames feature code (PPLC, PPLA, PCLI, ADM1, …) or a curated equivalent */
	featureCode: string;
	country: string | null;
	/** GeoNames admin1 code (a region carries the code of its towns: "08" for Ontario) */
	admin1: string | null;
	/** GeoNames admin2 code (for US towns and counties the county's 3-digit FIPS code); absent in older indexes */
	admin2?: string | null;
	lat: number;
	lon: number;
	population: number;
	geonameId: number | null;
	geometry?: ShapeGeometry;
	/** named in many languages (GeoNames' alternate names): known abroad whatever its population */
	knownAbroad?: true;
	/** how many alternate names GeoNames lists (all languages and scripts), for a town of 5 or more that
	 * shares its name with another town of its country: how widely it is known (known-at-home.ts) */
	alternateNameCount?: number;
}

/**
 * The compiled index, columnar: the build's output and what decodeGazetteer reads. On disk its places
 * are a binary table (place-columns.ts) and the rest JSON (stored.ts), beside a binary name table
 * (name-table.ts) that needs no work to load.
 */
export interface CompiledGazetteer {
	format: 'gazette-gazetteer';
	version: 1;
	builtAt: string;
	sources: string[];
	places: {
		id: string[];
		name: string[];
		kind: PlaceKind[];
		featureCode: string[];
		country: (string | null)[];
		admin1: (string | null)[];
		/** absent in indexes built before second-level divisions */
		admin2?: (string | null)[];
		/** degrees × 1e5, rounded: 1 m precision is plenty and integers keep the file small */
		lat: ArrayLike<number>;
		lon: ArrayLike<number>;
		population: ArrayLike<number>;
		geonameId: (number | null)[];
	};
	geometries: Record<string, ShapeGeometry>;
	/** place id → the towns along a river or range, flat lat, lon, … (absent in older indexes) */
	courses?: Record<string, number[]>;
	/** indices of the places named in many languages (absent in older indexes) */
	knownAbroad?: number[];
	/** the alternate-name counts of GazetteerPlace.alternateNameCount, flat pairs: place index (as the
	 * difference from the pair before's) and count (absent in older indexes) */
	alternateNameCounts?: number[];
	/** name keys read only with their last word capitalised ("nakuru county"; absent in older indexes) */
	capitalWordNames?: string[];
	/** the longest name, in words */
	maxNameWords: number;
	/** demonym / adjective / language key → country place index ("azerbaijani" → Azerbaijan) */
	demonyms: Record<string, number>;
	/** case-sensitive abbreviations ("US", "U.S.", "UK", "UAE") → place index */
	abbreviations: Record<string, number>;
	/** country code → country name (for display) */
	countryNames: Record<string, string>;
	/** English words mostly written in lower case → count per ~50M subtitle words (SUBTLEX) */
	commonWords: Record<string, number>;
	/** common English first names, lower case */
	firstNames: string[];
	/** "french fries", "panama hat": nouns for things named after a place ("name key" space "word"; absent in older indexes) */
	thingCompounds?: string[];
	/** the countries that write their places' names without accents, in code order (plain-writing.ts; absent in older indexes) */
	plainWritingCountries?: string[];
}

export interface Gazetteer {
	places: GazetteerPlace[];
	/** importance() of each place, by index: ranking homonyms reads this column, not the place objects */
	importance: Float64Array;
	/** 1 where isUnsizedTown of the place at that index (worked out from the stored ids at load) */
	unsizedTowns?: Uint8Array;
	/** name key → place indices, most important first */
	byName: NameTable;
	/** place id → place index */
	byId: PlaceIdIndex;
	demonyms: Map<string, number>;
	abbreviations: Map<string, number>;
	countryNames: Map<string, string>;
	/** country code → index of the country's own entry */
	countryIndex: Map<string, number>;
	commonWords: Map<string, number>;
	firstNames: Set<string>;
	/** place id → the points along a river or range, flat lat, lon, …: where a text's river is placed */
	courses?: Map<string, readonly number[]>;
	/**
	 * "french fries", "panama hat": a place's name or demonym (the key) and the lower-case words after it that make
	 * it a thing's name
	 */
	thingCompoundsByOpener?: Map<string, Set<string>>;
	/**
	 * name keys read only with their last word capitalised: a region's name with the division word
	 * news writes after it ("Nakuru County"), where a lower-case word ("the Kagera region") is no part of it
	 */
	capitalWordNames?: Set<string>;
	/** the longest name, in words: bounds the recogniser's look-ahead */
	maxNameWords: number;
	/** the countries that write their places' names without accents (plain-writing.ts): read by written-accents.ts */
	plainWritingCountries: ReadonlySet<string>;
	sources: string[];
}

/** A state, province or other first-level division (not a historical or cultural region of that kind). */
export function isFirstLevelRegion(place: Pick<GazetteerPlace, 'kind' | 'featureCode'>): boolean {
	return place.kind === 'region' && place.featureCode === 'ADM1';
}

/**
 * A country's capital (GeoNames PPLC). Not PPLCH, GeoNames' historical capital: the one place of the gazetteer
 * filed so (Bollullos de la Mitación, a village of 6,499) is a town like its neighbours.
 */
export function isCapital(place: Pick<GazetteerPlace, 'featureCode'> | undefined): boolean {
	return place?.featureCode === 'PPLC';
}

/** A town known only by its post-office name (no population): it needs the text's word for it. */
export function isUnsizedTown(place: Pick<GazetteerPlace, 'id'>): boolean {
	return place.id.startsWith(UNSIZED_TOWN_PREFIX);
}

export const UNSIZED_TOWN_PREFIX = 'zip:';

/** A town from GeoNames cities1000 that the cities500 snapshot lacks, its population unknown (cities-supplement.ts). */
export function isSupplementTown(place: Pick<GazetteerPlace, 'id'>): boolean {
	return place.id.startsWith(SUPPLEMENT_TOWN_PREFIX);
}

export const SUPPLEMENT_TOWN_PREFIX = 'c1k:';
