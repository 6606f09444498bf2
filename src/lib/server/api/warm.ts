// The first view's answers, worked out as soon as the server opens a store rather than when the first
// reader asks: the corpus info, the unfiltered view and (for a view too big to send whole) its cluster
// index, then what the store reads ahead for later questions (a first place search). The store's queries
// keep them for its current version, so the first page load reads them from memory whatever the corpus's
// size; a new version (an ingest, a correction) is worked out on demand, and what the store reads ahead
// is read again once the first answer at it is sent.
import { LIST_PAGE, viewParams } from '../../state/api-requests.ts';
import { DEFAULT_VIEW, filtersOf } from '../../state/url.ts';
import type { Store } from '../../store/types.ts';
import type { Answers } from './routes.ts';

/** Asks `answers` what the first view asks (they keep the bodies); errors are the first real question's to report. */
export function warmFirstView(store: Store, answers: Answers): Promise<void> {
	return new Promise<void>((done) => setImmediate(done))
		.then(async () => {
			await answers(store, 'info', new URLSearchParams());
			// the very question a page without filters asks (the same URL: the same kept body)
			const view = await answers(store, 'view', viewParams(filtersOf(DEFAULT_VIEW), { sort: DEFAULT_VIEW.sort, limit: LIST_PAGE }));
			if (view?.clustered) await answers(store, 'clusters', new URLSearchParams({ zoom: '0' }));
			// then what a first place search needs whatever the name (~50 ms of CPU at 200,000 documents, which
			// that search's reader waited for), after the first view's answers
			await store.prepare?.();
		})
		.catch(() => {});
}

/**
 * Told each answer's store version (createAnswers): the first answer at a version after the one a store
 * was first asked at (the warm-up's, which reads ahead itself) means a write since (an ingest into the
 * open store, a correction), and once that answer is sent what the store reads ahead is read again
 * (paced, so later questions are not held up); a live server's place searches asked the store, at 4–6×
 * the CPU, until it restarted.
 */
export function readAheadAfterWrites(): (store: Store, version: string) => void {
	const versions = new WeakMap<Store, string>();
	return (store, version) => {
		const before = versions.get(store);
		versions.set(store, version);
		if (before !== undefined && before !== version) setImmediate(() => void store.prepare?.().catch(() => {}));
	};
}
