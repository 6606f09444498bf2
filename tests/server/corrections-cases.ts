// The corpus and the corrections the direct-apply tests run on both stores: every scope kind and every
// action; each one alone changes something, together they overlap.
import type { StoreQueries } from '../../src/lib/store/types.ts';

export const CORRECTIONS_CORPUS: Record<string, string> = {
	'a.txt': 'date 2022-04-02\n\nDemining in Baku\n\nDeminers met in Baku. Demining continues near Aghdam, where mines remain. Baku pledged funds.',
	'b.txt': 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed. Officials in Baku and Shusha spoke of reconstruction. Lachin itself was quiet.',
	'c.md': '---\ntitle: Cholera fears in Georgia\ndate: 2024-01-05\n---\nA cholera outbreak was reported in Georgia. Doctors from Baku flew in. Georgia closed schools.',
	'd.txt': 'date 2024-02-20\n\nPeace talks in Minsk\n\nDiplomats met in Minsk; the OSCE Minsk Group and an envoy from Baku attended. Aghdam and Khankendi were discussed.',
	'e.txt': 'Undated note\n\nShusha restoration continues. Shusha welcomes visitors from Khankendi.',
	'f.txt': 'date 2024-03-01\n\nA vote in Georgia\n\nGeorgia voted on Tuesday; turnout in Aghdam was low.'
};

const khankendi = { type: 'Point', coordinates: [46.75, 39.82] };
// each one alone changes something; together they overlap (the merge moves what a resolve placed)
export const CORRECTIONS: [string, Record<string, unknown>][] = [
	['corpus, where also named', { action: 'resolve', name: 'Georgia', placeId: 'test:georgia', whereNamed: 'Baku' }],
	['document: not a place', { action: 'not-a-place', name: 'Aghdam', documents: ['d'] }],
	['corpus: same place as', { action: 'merge', name: 'Shusha', fromPlaceId: 'test:shusha', placeId: 'test:baku' }],
	['corpus: add a place', { action: 'add-place', name: 'Khankendi', place: { name: 'Khankendi', kind: 'city', country: 'AZ', geometry: khankendi } }],
	// the second "Baku" of document a (its offsets: secondBaku)
	['mention', { action: 'resolve', name: 'Baku', placeId: 'test:minsk' }],
	['corpus: add, tagging missed names', { action: 'add', name: 'Lachin', placeId: 'test:lachin-corridor' }],
	['corpus: not a place', { action: 'not-a-place', name: 'Minsk' }],
	// moves what the earlier merge moved: reverting that one must find documents by this one's places
	['corpus: same place as, after another', { action: 'merge', name: 'Baku', fromPlaceId: 'test:baku', placeId: 'test:minsk' }]
];

/** The second "Baku" of document a (the one-mention correction's target). */
export async function secondBaku(store: Pick<StoreQueries, 'document'>): Promise<{ document: string; start: number; end: number }> {
	const baku = (await store.document('a'))!.mentions.filter((m) => m.name === 'Baku')[1]!;
	return { document: 'a', start: baku.start, end: baku.end };
}

/** Reverts, an early one first: later corrections saw what it had changed. */
export const REVERT_ORDER = [2, 0, 4, 7, 6, 1, 5, 3];
