// The checks in front of every route, on a route of our own: a new route gets them without asking.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedHandler, hostChecker, type Route } from '../../src/lib/server/http-guard.ts';

let server: Server;
let port: number;
const errors: unknown[] = [];
let posted = 0;

const routes: Route[] = [
	{
		prefix: '/api/fail',
		handle() {
			throw new Error("EACCES: permission denied, open '/home/alice/Leaks-SourceX/docs/x.json'");
		}
	},
	{
		prefix: '/api/fail-later',
		async handle() {
			await Promise.resolve();
			throw new Error("ENOENT: no such file, open '/tmp/private/y.json'");
		}
	},
	{
		prefix: '/api/change',
		methods: ['POST'],
		handle(_req, res) {
			posted++;
			res.end('ok');
		}
	}
];

beforeAll(async () => {
	server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
	server.on('request', guardedHandler(routes, { boundHost: '127.0.0.1', port, policy: "default-src 'self'", onError: (error) => errors.push(error) }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function send(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('the request guard', () => {
	it('answers a failing route "internal error", never the path in the error', async () => {
		for (const path of ['/api/fail', '/api/fail-later']) {
			const response = await send(path);
			expect(response.status, path).toBe(500);
			expect(response.body).toBe('internal error');
		}
		expect(errors).toHaveLength(2);
	});

	it('checks the Host header before any route runs', async () => {
		expect((await send('/api/fail', { headers: { Host: `rebound.example:${port}` } })).status).toBe(421);
		expect(errors).toHaveLength(2);
	});

	it('takes a state-changing request only from a page of this server', async () => {
		const own = { Origin: `http://127.0.0.1:${port}` };
		expect((await send('/api/change', { method: 'POST', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
		expect((await send('/api/change', { method: 'POST' })).status).toBe(403);
		expect(posted).toBe(0);
		expect((await send('/api/change', { method: 'POST', headers: own })).status).toBe(200);
		expect(posted).toBe(1);
		expect((await send('/api/change', { method: 'DELETE', headers: own })).status).toBe(405);
	});
});

describe('hostChecker', () => {
	it('accepts IP literals and this machine only when bound to every interface', () => {
		const wildcard = hostChecker('0.0.0.0', 8080);
		expect(wildcard('192.168.1.20:8080')).toBe(true);
		expect(wildcard('[fe80::1]:8080')).toBe(true);
		expect(wildcard('localhost:8080')).toBe(true);
		expect(wildcard('attacker.example:8080')).toBe(false);
		const named = hostChecker('maps.lan', 80);
		expect(named('maps.lan')).toBe(true);
		expect(named('maps.lan:80')).toBe(true);
		expect(named('192.168.1.20')).toBe(false);
		expect(hostChecker('::1', 5177)('[::1]:5177')).toBe(true);
	});
});
