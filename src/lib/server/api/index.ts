// The API as a route of the server (behind the same host, method and header checks as every route).
import { join } from 'node:path';
import { STORE_FILE } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';
import type { Route } from '../http-guard.ts';
import { answerRoute, apiHandler, createAnswers } from './routes.ts';
import { fixedStore, followedStore, type StoreHandle } from './store-handle.ts';
import { warmFirstView } from './warm.ts';

/**
 * The API over the output folder's store, or over a given store or handle (`--store`). The store is
 * opened at once and the first view's answers worked out, and again for each new file the handle
 * opens (`warmed`: the latest, for tests).
 */
export function apiRoute(outDir: string, store?: Store | StoreHandle): Route & { close(): Promise<void>; warmed: Promise<void>; view(params: URLSearchParams): Promise<unknown> } {
	let warmed = Promise.resolve();
	const answers = createAnswers();
	const given = store === undefined ? followedStore(join(outDir, STORE_FILE)) : isHandle(store) ? store : fixedStore(store);
	const seen = new WeakSet<Store>();
	const warmNew = (current: Store | null) => {
		if (current && !seen.has(current)) {
			seen.add(current);
			warmed = warmFirstView(current, answers);
		}
	};
	// each store the handle opens is warmed before its first question is answered
	const handle: StoreHandle = {
		get() {
			const current = given.get();
			warmNew(current);
			return current;
		},
		use: (question) =>
			given.use((current) => {
				warmNew(current);
				return question(current);
			}),
		close: () => given.close()
	};
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
		view: (params) => handle.use(async (current) => (current ? answerRoute(current, 'view', params) : null))
	};
}

function isHandle(store: Store | StoreHandle): store is StoreHandle {
	return typeof (store as Partial<StoreHandle>).use === 'function' && typeof (store as Partial<Store>).summary !== 'function';
}
