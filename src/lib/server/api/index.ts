// The API as a route of the server (behind the same host, method and header checks as every route).
import type { Store } from '../../store/types.ts';
import type { Route } from '../http-guard.ts';
import { apiHandler } from './routes.ts';
import { fixedStore, outputStore } from './store-handle.ts';

/** The API over the output folder's store, or over a given store (`--store`). */
export function apiRoute(outDir: string, store?: Store): Route & { close(): Promise<void> } {
	const handle = store ? fixedStore(store) : outputStore(outDir);
	const answer = apiHandler(handle);
	return {
		prefix: '/api/',
		async handle(req, res, pathname) {
			const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
			await answer(req, res, pathname.slice('/api/'.length), params);
		},
		close: () => handle.close()
	};
}
