// Corrections on the shared store (`gazette serve --store postgres://…`): applied in the database at
// once, like the embedded store's (corrections-direct.ts), with what the last ingest of the database
// knew: the geoparse results every worker shares (`geoparsed`, keyed by geoparser and text), the places
// they found, the taxonomy it used and where its corpus and corrections file are (state `settings`).
import type { PlaceRecord } from '../corpus/place-record.ts';
import type { PostgresStore } from '../store/postgres/index.ts';
import type { Store } from '../store/types.ts';
import { NeedsFullIngest, type GazetteerPlaces, type IngestBase } from './corrections-direct.ts';
import { directOn, ingestTaxonomy, type DirectCorrections } from './corrections-store.ts';
import { geoparserFingerprint, hashText } from './ingest/cache.ts';
import type { CompactToponym } from './ingest/compact.ts';

/** How the last ingest into the shared store ran (kept in its state by ingest). */
export interface SharedSettings {
	corpusDir: string;
	correctionsFile: string | null;
	topicsFile: string | null;
	name: string;
}

export function sharedSettingsOf(state: Record<string, string>): SharedSettings | null {
	return state.settings ? (JSON.parse(state.settings) as SharedSettings) : null;
}

export interface SharedSetup {
	/** the store the corrections are written to (kept open by the server) */
	store(): Promise<PostgresStore>;
	gazetteer(): Promise<GazetteerPlaces>;
	sample: { corpusDir: string; topicsFile: string };
	maxToponyms: number;
}

export function sharedDirectCorrections(setup: SharedSetup): DirectCorrections {
	let base: { stamp: string; value: Promise<IngestBase> } | null = null;
	async function read(store: PostgresStore, state: Record<string, string>): Promise<IngestBase> {
		const settings = sharedSettingsOf(state);
		if (!settings || state.corrections === undefined) throw new NeedsFullIngest('the shared store was ingested by an older gazette');
		const summary = state.summary ? (JSON.parse(state.summary) as { topics?: { source: string } }) : null;
		const taxonomy = await ingestTaxonomy({ ...settings, sample: setup.sample, discovered: async () => state.taxonomy ?? null, source: summary?.topics?.source });
		const geoparserVersion = await geoparserFingerprint();
		return {
			async toponyms(hashes) {
				const keys = hashes.map((hash) => hashText(geoparserVersion, hash));
				const found = await store.queue.results(keys);
				return new Map(hashes.flatMap((hash, i) => (found.has(keys[i]!) ? [[hash, JSON.parse(found.get(keys[i]!)!) as CompactToponym[]] as const] : [])));
			},
			// the places a correction's documents and the corrections name (the store may hold many thousands)
			async places(ids) {
				const records = new Map<string, PlaceRecord>();
				const stored = await store.queue.places(ids);
				const gazetteer = stored.size > 0 ? await setup.gazetteer() : null;
				for (const [id, json] of stored) {
					const record = JSON.parse(json) as PlaceRecord;
					// as the shared ingest does: a place's first-level division tells same-named places apart
					if (record.admin1Name === undefined) record.admin1Name = gazetteer!.lookup(id)?.admin1Name ?? null;
					records.set(id, record);
				}
				return records;
			},
			countryNames: {},
			taxonomy,
			maxToponyms: setup.maxToponyms,
			// the shared ingest always opens the gazetteer (country names do not depend on who geoparsed)
			alwaysGazetteer: true
		};
	}
	return directOn({
		async withStore<T>(use: (store: Store) => Promise<T>) {
			return use(await setup.store());
		},
		async ingestBase() {
			const store = await setup.store();
			const state = await store.state();
			// read again after each ingest run (a correction leaves `summary` as it was)
			const stamp = `${state.summary ?? ''}\u0000${state.settings ?? ''}\u0000${state.taxonomy ?? ''}`;
			if (base?.stamp !== stamp) {
				const value = read(store, state);
				base = { stamp, value };
				value.catch(() => base?.value === value && (base = null));
			}
			return base.value;
		},
		gazetteer: setup.gazetteer
	});
}
