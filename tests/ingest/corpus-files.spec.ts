// Only regular files inside the corpus are read: devices, FIFOs and symlinks leading out of the corpus
// are skipped with their reason (and never hang or fill memory), and reads are bounded whatever stat() says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { readFiles } from '../../src/lib/server/ingest/read-corpus.ts';
import { readBoundedSync, walkCorpus } from '../../src/lib/server/ingest/walk-corpus.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

let root: string;
let corpus: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-corpus-files-'));
	corpus = join(root, 'corpus');
	mkdirSync(corpus);
	writeFileSync(join(corpus, 'good.txt'), 'Deminers met in Baku.');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ingest = () => runIngest({ corpusDir: corpus, outDir: join(root, 'out'), createGeoparser: fakeGeoparser() });
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

describe('only regular files inside the corpus are read', () => {
	it('skips symlinks that lead out of the corpus, to /dev/zero or to a private file', async () => {
		writeFileSync(join(root, 'id_rsa'), 'secret key near Baku');
		symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
		symlinkSync(join(root, 'id_rsa'), join(corpus, 'key.txt'));
		symlinkSync('../id_rsa', join(corpus, 'relative.txt'));
		const summary = await ingest();
		expect(summary.skipped).toEqual([
			{ path: 'key.txt', reason: 'symlink to a file outside the corpus (not followed)' },
			{ path: 'relative.txt', reason: 'symlink to a file outside the corpus (not followed)' },
			{ path: 'zero.txt', reason: 'symlink to a file outside the corpus (not followed)' }
		]);
		expect(summary.documents).toBe(1);
	});

	it('skips FIFOs, and symlinks to them, without waiting for a writer', async () => {
		mkfifo(join(corpus, 'pipe.txt'));
		mkdirSync(join(corpus, 'inner'));
		mkfifo(join(corpus, 'inner', 'fifo'));
		symlinkSync(join(corpus, 'inner', 'fifo'), join(corpus, 'to-fifo.txt'));
		const summary = await ingest();
		expect(summary.skipped).toEqual([
			{ path: 'inner/fifo', reason: 'not a regular file (a FIFO)' },
			{ path: 'pipe.txt', reason: 'not a regular file (a FIFO)' },
			{ path: 'to-fifo.txt', reason: 'symlink to something that is not a regular file (a FIFO)' }
		]);
	});

	it('reads symlinks to files inside the corpus, and skips symlinked folders', async () => {
		mkdirSync(join(corpus, 'sub'));
		writeFileSync(join(corpus, 'sub', 'story.txt'), 'Shusha news.');
		symlinkSync(join(corpus, 'sub', 'story.txt'), join(corpus, 'alias.txt'));
		symlinkSync(join(corpus, 'sub'), join(corpus, 'loop'));
		const summary = await ingest();
		expect(summary.skipped).toEqual([{ path: 'loop', reason: 'symlink to a folder (not followed)' }]);
		expect(summary.documents).toBe(3);
	});

	it('calls a file with a NUL byte anywhere binary, not only in its first 8 KB', async () => {
		writeFileSync(join(corpus, 'late-nul.txt'), `${'Baku is a city. '.repeat(1000)}\u0000tail`);
		const summary = await ingest();
		expect(summary.skipped).toEqual([{ path: 'late-nul.txt', reason: 'binary file (contains NUL bytes)' }]);
	});
});

describe('the files come in the order of their paths', () => {
	it('sorts by the whole corpus-relative path, folders and files alike', async () => {
		// a folder's files sort by the '/' after its name: before 'a0', after 'a-b' and 'a.txt'
		for (const folder of ['a', 'a/b', 'b c', 'é']) mkdirSync(join(corpus, folder), { recursive: true });
		const names = ['a-b.txt', 'a.txt', 'a0.txt', 'A.txt', 'a/x.txt', 'a/b/y.txt', 'a/b.txt', 'a/b-.txt', 'b c/1.txt', 'b.txt', 'é/e.txt', 'éa.txt', 'z.txt', '10.txt', '9.txt'];
		for (const name of names) writeFileSync(join(corpus, name), 'Baku.');
		symlinkSync(join(corpus, 'z.txt'), join(corpus, 'a', 'link.txt'));
		const paths = (await walkCorpus(corpus)).files.map((f) => f.path);
		const expected = [...names, 'good.txt', 'a/link.txt'].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		expect(paths).toEqual(expected);
		expect((await walkCorpus(corpus)).files.find((f) => f.path === 'a/b/y.txt')?.real).toBe(join(realpathSync(corpus), 'a', 'b', 'y.txt'));
	});
});

const readBounded = (path: string, limit: number) => readBoundedSync(path, limit).read;

describe('reads are bounded', () => {
	it('stops at the limit even when stat() reports size 0', () => {
		if (!existsSync('/proc/self/status')) return; // Linux: /proc files are regular, with size 0
		expect(readBounded('/proc/self/status', 64)).toEqual({ problem: 'too-large', size: null });
		const whole = readBounded('/proc/self/status', 1 << 20);
		expect('bytes' in whole && whole.bytes.length).toBeGreaterThan(64);
	});
	it('refuses devices after opening them', () => {
		expect(readBounded('/dev/zero', 1000)).toEqual({ problem: 'not-regular', reason: 'not a regular file (a device)' });
	});
	it('reads a file of exactly the limit', () => {
		writeFileSync(join(root, 'exact.txt'), 'x'.repeat(100_000));
		const read = readBounded(join(root, 'exact.txt'), 100_000);
		expect('bytes' in read && read.bytes.length).toBe(100_000);
		expect(readBounded(join(root, 'exact.txt'), 99_999)).toEqual({ problem: 'too-large', size: 100_000 });
	});
});

describe('files read one after another', () => {
	it('gives each file its own text, a short file after a long one included', async () => {
		// the files are read into one reused buffer: a short file must not carry the long one's tail
		const texts = { 'a.txt': `Baku ${'and Ganja '.repeat(400)}`, 'b.txt': 'Shusha.', 'c.txt': `${'Lankaran, '.repeat(150_000)}end`, 'd.txt': 'Quba' };
		for (const [name, text] of Object.entries(texts)) writeFileSync(join(corpus, name), text);
		const read = await readFiles((await walkCorpus(corpus)).files);
		expect(Object.fromEntries(read.entries.map((e) => [e.path, e.content]))).toEqual({ ...texts, 'good.txt': 'Deminers met in Baku.' });
	});

	it('stamps every file with the size and time it had when read, skipped ones too', async () => {
		writeFileSync(join(corpus, 'notes.pdf'), 'not a text format');
		writeFileSync(join(corpus, 'big.txt'), 'Baku. '.repeat(100));
		const read = await readFiles((await walkCorpus(corpus)).files, 100);
		expect(read.skipped.map((s) => s.path)).toEqual(['big.txt', 'notes.pdf']);
		for (const name of ['big.txt', 'good.txt', 'notes.pdf']) {
			const info = statSync(join(corpus, name));
			expect(read.stamps.get(name)).toEqual({ size: info.size, mtimeMs: info.mtimeMs });
		}
	});
});
