// The PNG figure renderer makes no network connection at all. Two observers: the dead-end proxy the
// renderer gives Chromium counts every connection that reaches it, and, where strace is available,
// every socket call of Chromium and its children is read back and any packet or TCP connection to an
// address that is not this machine's loopback fails the test.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineChromiumArgs, pngSize, renderSnapshotPng } from '../../src/lib/server/figure-png.ts';
import { ensureSnapshotBundle, snapshotHtml } from '../../src/lib/server/snapshot.ts';
import { CHROMIUM, FIXTURE_OUTPUT } from './harness.ts';

const straceWorks = spawnSync('strace', ['-qq', '-o', '/dev/null', 'true']).status === 0;
if (!straceWorks) console.warn('figure-network.spec: strace is not available here, so only the proxy observer runs');

let scratch: string;
let snapshotUrl: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'gazette-figure-network-'));
	await ensureSnapshotBundle();
	const file = join(scratch, 'snapshot.html');
	await writeFile(file, await snapshotHtml({ outDir: FIXTURE_OUTPUT, query: 'topic=energy', title: null, theme: 'light' }));
	snapshotUrl = pathToFileURL(file).href;
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A Chromium that runs under strace, writing every socket call to `log`. */
async function tracedChromium(log: string): Promise<string> {
	const wrapper = join(scratch, `chromium-traced-${Date.now()}.sh`);
	await writeFile(wrapper, `#!/bin/sh\nexec strace -f -qq -yy -e trace=connect,sendto,sendmsg,sendmmsg,write -o '${log}' '${CHROMIUM}' "$@"\n`);
	await chmod(wrapper, 0o755);
	return wrapper;
}

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * The network traffic in a strace -yy log: TCP connects to another machine, and any datagram or stream
 * write whose peer is another machine. A UDP connect alone sends nothing (Chromium's IPv6 reachability
 * check does one) and is not traffic.
 */
function networkTraffic(log: string): string[] {
	const traffic: string[] = [];
	for (const line of log.split('\n')) {
		const call = /^\d+\s+(connect|sendto|sendmsg|sendmmsg|write)\((\d+)<(TCP|TCPv6|UDP|UDPv6):\[([^\]]*)\]>(.*)$/.exec(line);
		if (!call) continue;
		const [, name, , protocol, endpoints, rest] = call;
		const destination = /inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"/.exec(rest!);
		const peer = endpoints!.includes('->') ? endpoints!.split('->')[1]!.replace(/^\[?([^\]]*)\]?:\d+$/, '$1') : null;
		const target = destination ? (destination[1] ?? destination[2])! : peer;
		if (!target || isLoopback(target)) continue;
		if (name === 'connect' && protocol!.startsWith('UDP')) continue;
		traffic.push(line.slice(0, 200));
	}
	return traffic;
}

describe('the PNG figure renderer', () => {
	it('renders with zero connections through the proxy and no packet to another machine', async () => {
		const log = join(scratch, 'render.strace');
		let proxied = 0;
		const png = await renderSnapshotPng(snapshotUrl, { width: 400, height: 300, pixelRatio: 1 }, straceWorks ? await tracedChromium(log) : CHROMIUM, { onProxyConnection: () => proxied++ });
		expect(pngSize(png)).toEqual({ width: 400, height: 300 });
		expect(proxied).toBe(0);
		if (straceWorks) {
			const trace = await readFile(log, 'utf8');
			expect(trace).toMatch(/UNIX/); // the observer saw Chromium's own sockets
			expect(networkTraffic(trace)).toEqual([]);
		}
	});

	it('lets a page that asks for the network reach nothing, not even the proxy', async () => {
		let proxied = 0;
		const proxy = createServer((socket) => {
			proxied++;
			socket.destroy();
		});
		await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
		const log = join(scratch, 'navigate.strace');
		const browser = await chromium.launch({ executablePath: straceWorks ? await tracedChromium(log) : CHROMIUM, args: offlineChromiumArgs((proxy.address() as AddressInfo).port), headless: true });
		try {
			const page = await browser.newPage();
			for (const url of ['http://example.com/', 'https://93.184.215.14/', 'ws://example.org/']) {
				await expect(page.goto(url, { timeout: 20_000 }), url).rejects.toThrow();
			}
		} finally {
			await browser.close();
			await new Promise((done) => proxy.close(done));
		}
		expect(proxied).toBe(0);
		if (straceWorks) expect(networkTraffic(await readFile(log, 'utf8'))).toEqual([]);
	});
});

describe('networkTraffic', () => {
	it('tells DNS queries and TCP connects from loopback and a bare UDP connect', () => {
		const log = [
			'101 connect(26<UDP:[1]>, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0',
			'101 sendto(26<UDP:[10.0.0.2:4000->10.255.255.53:53]>, "x", 1, 0, NULL, 0) = 1',
			'102 connect(30<TCP:[2]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 EINPROGRESS',
			'103 connect(25<UDPv6:[3]>, {sa_family=AF_INET6, sin6_port=htons(443), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr)}, 28) = 0',
			'104 connect(31<TCP:[4]>, {sa_family=AF_INET, sin_port=htons(9000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
			'104 write(31<TCP:[127.0.0.1:5000->127.0.0.1:9000]>, "GET", 3) = 3'
		].join('\n');
		expect(networkTraffic(log).map((line) => line.split(' ')[0])).toEqual(['101', '102']);
	});
});
