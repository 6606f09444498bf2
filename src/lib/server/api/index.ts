// The API as a route of the server (behind the same host, method and header checks as every route).
import type { Store } from '../../store/types.ts';
import type { Route } from '../http-guard.ts';
import { answerRoute, apiHandler, createAnswers } from './routes.ts';
import { fixedStore, outputStore } from './store-handle.ts';
import { warmFirstView } from './warm.ts';

/**
 * The API over the output folder's store, or over a given store (`--store`). The store is opened at
 * once and the first view's answers worked out (`warmed`: done, for tests).
 */
export function apiRoute(outDir: string, store?: Store): Route & { close(): Promise<void>; warmed: Promise<void>; view(params: URLSearchParams): Promise<unknown> } {
	let warmed = Promise.resolve();
	const answers = createAnswers();
	const opened = (opening: Store) => (warmed = warmFirstView(opening, answers));
	const handle = store ? fixedStore(store, opened) : outputStore(outDir, opened);
	handle.get();
	const answer = apiHandler(handle, answers);
	return {
		get warmed() {
			return warmed;
		},
		prefix: '/api/',
		async handle(req, res, pathname) {
			const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
			await answer(req, res, pathname.slice('/api/'.length), params);
		},
		close: () => handle.close(),
		/** the answer /api/view gives (null without a store), for a write that sends it with its own */
		async view(params) {
			const current = handle.get();
			return current ? answerRoute(current, 'view', params) : null;
		}
	};
}
