import type { GazetteerPlace } from '../../gazetteer/types.ts';

/** A place while the index is being assembled: every name it may be called by. */
export interface DraftPlace extends GazetteerPlace {
	/** its own and curated names; `population` holds an importance on the same scale where it has none */
	names: Set<string>;
	/** GeoNames' alternate names: other languages and spellings, weaker evidence than the names above */
	alternateNames?: Set<string>;
	/** how many alternate names (all languages and scripts) GeoNames lists for it: how widely it is known */
	alternateNameCount?: number;
}
