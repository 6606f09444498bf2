// The documents, places, topics and days both stores' count-delta specs write (sqlite- and
// postgres-count-deltas.spec.ts): places p0…p5, topics alpha/beta/gamma, days that move within a month.
import type { Manifest } from '../../src/lib/contracts.ts';
import type { StoredDocument, StoredPlace } from '../../src/lib/store/types.ts';
import type { Random } from '../../src/lib/topics/random.ts';

export const PLACES = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
export const TOPICS = ['alpha', 'beta', 'gamma'];
// several days of one month (its first and last day move within it), and a day that is only a year
export const DAYS = [null, '2020-01-01', '2020-06-02', '2020-06-15', '2020-06-28', '2021-03-03', '2021', '2022-12-31'];

export const place = (id: string, i: number): StoredPlace => ({ id, name: id, kind: 'city', country: null, countryName: null, admin1Name: null, lat: i, lon: i, geonameId: null, geometry: null });

export function document(id: string, day: string | null, placeIds: string[], topics: string[], version: number): StoredDocument {
	const text = `${id} ${version} ${placeIds.join(' ')}`;
	const mentions = placeIds.flatMap((placeId, i) => Array.from({ length: 1 + (i % 2) }, (_, k) => ({ start: i * 10 + k * 3, end: i * 10 + k * 3 + 2, name: placeId, placeId, usage: 'literal' as const, score: 1 })));
	return {
		summary: { id, file: id, title: id, date: day, author: null, source: null, path: `${id}.txt`, topics: topics.map((topic) => ({ topic, terms: [topic] })), placeIds, mentionCount: mentions.length, length: text.length },
		text,
		mentions,
		excerpts: placeIds.map((placeId) => [placeId, []]),
		hash: `${id}-${version}`
	};
}

export const manifest: Manifest = { schemaVersion: 1, generator: 'test', generatedAt: '', corpus: 'test', counts: { documents: 0, places: 0, mentions: 0, unresolved: 0, skipped: 0 }, attribution: [] };

/** An item of `items` and a share of them (each kept with probability 0.4), drawn from `random`. */
export function picks(random: Random) {
	return {
		pick: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!,
		some: <T>(items: readonly T[]) => items.filter(() => random() < 0.4)
	};
}

/**
 * One write of a random sequence: 1 to 3 of the documents d0…d11 removed (when live) or added or
 * changed (another day, other places, other topics), each at most once; `live` (id → version) follows,
 * and `nextVersion` numbers each new version.
 */
export function randomChange(random: Random, live: Map<string, number>, nextVersion: () => number): { upsert: StoredDocument[]; remove: string[] } {
	const { pick, some } = picks(random);
	const upsert: StoredDocument[] = [];
	const remove: string[] = [];
	for (let n = 0; n < 1 + Math.floor(random() * 3); n++) {
		const id = `d${Math.floor(random() * 12)}`;
		if (live.has(id) && random() < 0.3 && !upsert.some((d) => d.summary.id === id)) {
			remove.push(id);
			live.delete(id);
		} else if (!remove.includes(id) && !upsert.some((d) => d.summary.id === id)) {
			// some documents name no place (topic_documents leaves them out), some a place twice
			const version = nextVersion();
			upsert.push(document(id, pick(DAYS), some(PLACES), some(TOPICS), version));
			live.set(id, version);
		}
	}
	return { upsert, remove };
}
