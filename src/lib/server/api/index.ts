// The API as a route of the server (behind the same host, method and header checks as every route).
import { join } from 'node:path';
import { STORE_FILE } from '../../store/sqlite/index.ts';
import type { Route } from '../http-guard.ts';
import { answerRoute, apiHandler, createAnswers } from './routes.ts';
import { followedStore, type StoreHandle } from './store-handle.ts';
import { readAheadAfterWrites, warmFirstView } from './warm.ts';

/**
 * The API over the output folder's store, or over a given handle (`--store`). The store is opened at
 * once and the first view's answers worked out, and again for each new file the handle opens
 * (`warmed`: the latest, for tests); what it reads ahead, again after each write (warm.ts).
 */
export function apiRoute(outDir: string, store: StoreHandle = followedStore(join(outDir, STORE_FILE))): Route & { close(): Promise<void>; warmed: Promise<void>; view(params: URLSearchParams): Promise<unknown> } {
	let warmed = Promise.resolve();
	const answers = createAnswers(undefined, readAheadAfterWrites());
	store.onOpen((opened) => (warmed = warmFirstView(opened, answers)));
	store.get();
	const answer = apiHandler(store, answers);
	return {
		get warmed() {
			return warmed;
		},
		prefix: '/api/',
		async handle(req, res, pathname) {
			const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
			await answer(req, res, pathname.slice('/api/'.length), params);
		},
		close: () => store.close(),
		/** the answer /api/view gives (null without a store), for a write that sends it with its own */
		view: (params) => store.use(async (current) => (current ? answerRoute(current, 'view', params) : null))
	};
}
