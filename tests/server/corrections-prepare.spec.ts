// The work a correction's Apply reuses is done after its preview has been answered: the dialog shows
// the counts at once, and the store's synchronous reads of that work never hold the answer back.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { correctionsRoutes, TOKEN_HEADER, type CorrectionsWriter } from '../../src/lib/server/corrections-api.ts';
import { createWriteGuard } from '../../src/lib/server/write-guard.ts';
import { callJson } from '../helpers/http.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-corrections-prepare-'));
const events: string[] = [];
let server: Server;
let port: number;
const guard = createWriteGuard();

const writer: CorrectionsWriter = {
	outDir: root,
	correctionsFile: join(root, '.gazette-corrections.json'),
	reapply: () => Promise.reject(new Error('not in this test')),
	direct: {
		preview: async () => ({ mentions: 3, documents: 2 }),
		async prepare(current, correction) {
			events.push(`prepare ${current.length} ${correction.name}`);
		},
		mentionOf: async () => null,
		documentText: async () => null,
		apply: () => Promise.reject(new Error('not in this test'))
	}
};

beforeAll(async () => {
	const routes = correctionsRoutes(writer, guard);
	server = createServer((req, res) => {
		const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
		res.end = ((...args: unknown[]) => {
			events.push('answer sent');
			return end(...args);
		}) as typeof res.end;
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		const route = routes.filter((r) => pathname.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]!;
		void route.handle(req, res, pathname);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	await new Promise((done) => server.close(done));
	rmSync(root, { recursive: true, force: true });
});

it('works out what Apply writes once the preview is answered, not before', async () => {
	const reply = await callJson(port, 'POST', '/api/corrections/preview', { body: { correction: { action: 'resolve', name: 'Georgia', placeId: 'test:georgia' } }, headers: { [TOKEN_HEADER]: guard.token } });
	expect(reply).toEqual({ status: 200, body: { mentions: 3, documents: 2 } });
	await expect.poll(() => events).toEqual(['answer sent', 'prepare 0 Georgia']);
});
