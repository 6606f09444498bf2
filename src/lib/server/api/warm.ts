// The first view's answers, worked out as soon as the server opens a store rather than when the first
// reader asks: the corpus info, the unfiltered view and (for a view too big to send whole) its cluster
// index. The store's queries keep them for its current version, so the first page load reads them from
// memory whatever the corpus's size; a new version (an ingest, a correction) is worked out on demand.
import type { Store } from '../../store/types.ts';

/** Asks `answer` what the first view asks; errors are the first real question's to report. */
export function warmFirstView(store: Store, answer: (store: Store, route: string, params: URLSearchParams) => Promise<unknown>): Promise<void> {
	return new Promise<void>((done) => setImmediate(done))
		.then(async () => {
			await answer(store, 'info', new URLSearchParams());
			const view = (await answer(store, 'view', new URLSearchParams())) as { clustered?: boolean } | null;
			if (view?.clustered) await answer(store, 'clusters', new URLSearchParams({ zoom: '0' }));
		})
		.catch(() => {});
}
