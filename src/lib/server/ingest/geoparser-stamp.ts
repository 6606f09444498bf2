// A shared store's worker keys the results it stores by the geoparser's fingerprint, taken when its run
// starts, but loads the geoparse modules and the gazetteer only at its first claim of texts. Run from
// TypeScript (tsx), an edit or a rebase between the two would store the new code's results under the
// old code's key, where the run's other workers and later runs read them as the old code's. So the
// stamp is taken again once the geoparser is open, and the worker stops if it moved. (Later claims
// need no stamp: the modules are loaded by then, and its 3 MB threshold keeps a claim's parse on the
// main thread, so no geoparse worker thread loads them afresh.)
import { geoparserFingerprint } from './cache.ts';
import type { IngestGeoparser } from './geoparser.ts';

/** The geoparser's code or gazetteer changed between a worker's start and its loading them. */
export class GeoparserChangedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GeoparserChangedError';
	}
}

/**
 * `open`, checked: the geoparser it opens is the one fingerprinted `stampedAs` when the run started.
 * On a mismatch the opened geoparser is left to whoever closes what `open` opened (the run's cleanup).
 */
export function stampedOpener(open: () => Promise<IngestGeoparser>, stampedAs: string, stampNow: () => Promise<string> = geoparserFingerprint): () => Promise<IngestGeoparser> {
	return async () => {
		const geoparser = await open();
		if ((await stampNow()) !== stampedAs)
			throw new GeoparserChangedError(
				'the geoparser (its code or the gazetteer) changed after this worker started and before it loaded it: its results would be stored under the old one\'s key. Run the ingest again (the texts this worker had claimed are taken again once their lease runs out, by another worker or the next run).'
			);
		return geoparser;
	};
}
