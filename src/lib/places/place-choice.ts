// What the Change place dialog shows of a place: the server's gazetteer look-ups answer with these.
import type { PlaceKind, ResolutionReason } from '../contracts.ts';

/** A place the dialog offers, with what tells homonyms apart. */
export interface PlaceChoice {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	countryName: string | null;
	admin1Name: string | null;
	admin2Name: string | null;
	population: number | null;
	lat: number;
	lon: number;
	/** the geoparser's share of the evidence (alternatives only), 0..1 */
	score: number | null;
}

export interface MentionReading {
	/** the place the geoparser picks for this span in this text (null: it finds no place there) */
	chosen: (PlaceChoice & { reasons: ResolutionReason[] }) | null;
	alternatives: PlaceChoice[];
}
