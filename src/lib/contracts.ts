// The contracts between pipeline stages: geoparse → ingest → explorer/embed.
// Pure types only: imported by the core, the CLI and the app alike.
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** What kind of thing a gazetteer entry is. Drives styling on the map and resolution priors. */
export type PlaceKind =
	| 'continent'
	| 'country'
	| 'region' // first-level divisions and historical/cultural regions (Karabakh, East Zangezur)
	| 'district' // second-level divisions
	| 'city' // populated places of any size
	| 'water' // seas, oceans, lakes, rivers, gulfs
	| 'landform' // mountain ranges, peninsulas, deserts, islands
	| 'corridor' // routes and corridors (lines)
	| 'deposit' // mines and mineral deposits
	| 'site'; // districts of a city, venues, parks and other named sites

export const PLACE_KINDS: readonly PlaceKind[] = [
	'continent',
	'country',
	'region',
	'district',
	'city',
	'water',
	'landform',
	'corridor',
	'deposit',
	'site'
];

/**
 * How a toponym is used in its sentence.
 * - literal: the place as a location ("in Aghdam")
 * - associative: the place stands for people, a government, a language, or modifies a noun
 *   ("Azerbaijani president", "France is keen to donate"); still points at the place
 * - embedded: a place word inside the name of an organisation, treaty, event or venue
 *   ("OSCE Minsk Group", "Paris Agreement"): reported for evaluation, never mapped
 */
export type ToponymUsage = 'literal' | 'associative' | 'embedded';

/** Machine-readable reasons for a resolution, most decisive first. */
export type ResolutionReason =
	| 'only-candidate'
	| 'population'
	| 'country-context' // agrees with countries named in the document
	| 'nearby-context' // close to other places resolved in the document
	| 'region-context' // in a first-level region the document names, or whose towns it names
	| 'qualified' // "Town, Country" / "Town, Region" pattern
	| 'feature-type'
	| 'curated' // a curated entry from data/gazetteer
	| 'demonym'
	| 'abbreviation'
	| 'same-name-earlier' // the same surface form was resolved earlier in the document
	| 'named-parent' // lies in a region, district or country named in the same sentence or the opening
	| 'list-context' // of the kind and country of the list it stands in ("Michigan, Oregon and Idaho")
	| 'stated-population' // its population is about what the text says ("a town of 1,525 inhabitants")
	| 'within-parent' // a place the gazetteer lacks, put at the lowest parent the text names ("X is a village in Y County")
	| 'other-name'; // another name the text gives a place it names ("Mosna (German: Meschen)", "formerly Mortesdorf")

/** Another place a toponym may mean, for a user interface to offer. */
export interface ToponymAlternative {
	placeId: string;
	name: string;
	country: string | null;
	admin1: string | null;
	population: number;
	/** share of the evidence, 0..1 (the chosen place has the rest) */
	score: number;
}

export interface Toponym {
	/** UTF-16 offsets: text.slice(start, end) === name */
	start: number;
	end: number;
	name: string;
	placeId: string;
	placeName: string;
	kind: PlaceKind;
	/** ISO 3166-1 alpha-2 code of the containing country, when known */
	country: string | null;
	lat: number;
	lon: number;
	/** 0..1 confidence */
	score: number;
	usage: ToponymUsage;
	reasons: ResolutionReason[];
	/** GeoNames id where the place has one */
	geonameId?: number;
	/** Lines and polygons keep their shape; points are given by lat/lon. */
	geometry?: LineString | MultiLineString | Polygon | MultiPolygon;
	/** the next most likely places, best first (only when asked for: `geoparse --jsonl` gives 3) */
	alternatives?: ToponymAlternative[];
}

// ---------------------------------------------------------------------------
// Ingest output (read by the explorer). Folder layout:
//   manifest.json        Manifest
//   places.geojson       PlacesCollection
//   documents.json       DocumentSummary[]  (no text: small enough for first load)
//   docs/<file>.json     DocumentFull, one per document (file name in DocumentSummary.file)
//   excerpts/<file>.json PlaceExcerpts, one per place (file name in PlaceProperties.excerptsFile)
//   topics.json          TopicSummary[]
// ---------------------------------------------------------------------------

export interface Manifest {
	schemaVersion: 1;
	generator: string;
	generatedAt: string;
	corpus: string;
	counts: { documents: number; places: number; mentions: number; unresolved: number; skipped: number };
	attribution: string[];
}

export interface PlaceProperties {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	countryName: string | null;
	/** Representative point, also for lines and polygons */
	lat: number;
	lon: number;
	documentCount: number;
	mentionCount: number;
	topics: string[];
	/** ISO dates (YYYY-MM-DD) of the earliest and latest dated documents mentioning it */
	firstDate: string | null;
	lastDate: string | null;
	/** documents (ids) mentioning the place; lets the app filter without loading excerpts */
	documents: string[];
	/** mentions of the place in each of `documents` (same order), so filtered views count only theirs */
	documentMentions?: number[];
	excerptsFile: string;
	geonameId: number | null;
	/** the first-level division it lies in ("Oregon" for Salem, Oregon), where the gazetteer names one; absent in older outputs */
	admin1Name?: string | null;
}

export type PlaceGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;

export interface PlaceFeature {
	type: 'Feature';
	id: string;
	geometry: PlaceGeometry;
	properties: PlaceProperties;
}

export interface PlacesCollection {
	type: 'FeatureCollection';
	features: PlaceFeature[];
}

export interface TopicMatch {
	topic: string;
	/** the taxonomy terms that triggered the topic, as written in the taxonomy */
	terms: string[];
	/** weighted (discovered) taxonomies: the document's similarity to the topic, 0–1 */
	weight?: number;
}

export interface Mention {
	start: number;
	end: number;
	name: string;
	placeId: string;
	usage: ToponymUsage;
	score: number;
}

export interface DocumentSummary {
	id: string;
	file: string;
	title: string;
	date: string | null;
	author: string | null;
	source: string | null;
	path: string;
	topics: TopicMatch[];
	placeIds: string[];
	mentionCount: number;
	length: number;
}

export interface DocumentFull extends DocumentSummary {
	text: string;
	mentions: Mention[];
}

export interface Excerpt {
	/** the sentence(s) around the mention */
	text: string;
	/** offset of `text` in the document */
	offset: number;
	/** the mention, relative to `text` */
	start: number;
	end: number;
	/** the mention, in the whole document */
	mentionStart: number;
	topics: TopicMatch[];
}

export interface ExcerptGroup {
	documentId: string;
	title: string;
	date: string | null;
	source: string | null;
	excerpts: Excerpt[];
}

export interface PlaceExcerpts {
	placeId: string;
	groups: ExcerptGroup[];
}

export interface TopicSummary {
	id: string;
	label: string;
	documentCount: number;
	placeCount: number;
}

export type { Geometry };

/** The header every write to the local server (corrections, topics) carries this server's token in. */
export const TOKEN_HEADER = 'x-gazette-token';

/** A topic as the topic panel lists it (GET /api/taxonomy). */
export interface PanelTopic {
	id: string;
	label: string;
	terms: string[];
	hidden: boolean;
	pinned: boolean;
	/** documents with this topic in the output the map shows */
	documents: number;
}
