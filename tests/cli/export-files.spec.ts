// `gazette export` writes only where it may: never over a file it did not write (without --force),
// never into a folder that does not exist, never one path for both files; bad dates are refused; an
// output a killed ingest left in `.out.old-…` is found again.
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { markPng, writtenByExport } from '../../src/cli/commands/export-files.ts';
import { pngSize } from '../../src/lib/server/figure-png.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');
const scratch = mkdtempSync(join(tmpdir(), 'gazette-export-files-'));
// A copy of its own: publish and export hold the output's lock while they read it, so a spec file running
// beside this one on the shared fixture would make these runs wait (and print that they wait).
const fixtureCopy = mkdtempSync(join(tmpdir(), 'gazette-export-files-fixture-'));
const FIXTURE_OUTPUT = join(fixtureCopy, 'explorer-output');
cpSync(join(PACKAGE_ROOT, 'tests', 'fixtures', 'explorer-output'), FIXTURE_OUTPUT, { recursive: true });
afterAll(() => [scratch, fixtureCopy].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function gazette(args: string[]) {
	const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: scratch });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineRefusal(result: ReturnType<typeof gazette>, message: RegExp): void {
	expect(result.status, result.stderr).toBe(2);
	expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
	expect(result.stderr).toMatch(message);
	expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

/** A 1×1 PNG made by hand: signature, IHDR, IDAT, IEND. */
function tinyPng(): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))), chunk('IEND', Buffer.alloc(0))]);
}

describe('gazette export file safety', () => {
	const html = join(scratch, 'map.html');

	it('writes a new file, and overwrites it on the next run: it wrote it', () => {
		const first = gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html]);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		const second = gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--title', 'Again']);
		expect(second.status, second.stderr).toBe(0);
		expect(readFileSync(html, 'utf8')).toContain('<title>Again</title>');
	});

	it('refuses to overwrite a file it did not write, unless --force', () => {
		const notes = join(scratch, 'notes.txt');
		writeFileSync(notes, 'my notes');
		const page = join(scratch, 'page.html');
		writeFileSync(page, '<!doctype html><html><head><title>mine</title></head><body>gazette</body></html>');
		for (const [option, file] of [['--html', notes], ['--html', page], ['--png', notes]] as const) {
			expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, option, file]), /^gazette: refusing to overwrite .* it was not written by gazette export \(add --force to replace it\)$/m);
		}
		expect(readFileSync(notes, 'utf8')).toBe('my notes');
		expect(readFileSync(page, 'utf8')).toContain('<title>mine</title>');
		const forced = gazette(['export', '--out', FIXTURE_OUTPUT, '--html', notes, '--force']);
		expect(forced.status, forced.stderr).toBe(0);
		expect(readFileSync(notes, 'utf8')).toMatch(/^<!doctype html>/);
	});

	it('writes through a symlink to an earlier export, and refuses one that leads nowhere', () => {
		const link = join(scratch, 'latest.html');
		symlinkSync(html, link);
		const through = gazette(['export', '--out', FIXTURE_OUTPUT, '--html', link, '--title', 'Through the link']);
		expect(through.status, through.stderr).toBe(0);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(html, 'utf8')).toContain('<title>Through the link</title>');
		const dangling = join(scratch, 'dangling.html');
		symlinkSync(join(scratch, 'nowhere.html'), dangling);
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', dangling]), /is a symlink to a file that does not exist/);
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', link, '--png', html]), /--html and --png name the same file/);
	});

	it('refuses a missing folder, a folder as FILE and one path for both files, writing nothing', () => {
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', join(scratch, 'no', 'such', 'map.html')]), /the folder .*no\/such does not exist/);
		expect(() => readFileSync(join(scratch, 'no'))).toThrow();
		const folder = join(scratch, 'a-folder');
		mkdirSync(folder);
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', folder]), /^gazette: --html .*a-folder is a folder; give a file name$/m);
		const both = join(scratch, 'both.out');
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', both, '--png', './both.out']), /--html and --png name the same file/);
		expect(() => readFileSync(both)).toThrow();
	});

	it('refuses dates that do not exist and a --from after --to', () => {
		for (const date of ['2021-99-99', '2021-02-30', '2021-13', '2021-00-10']) {
			expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--from', date]), /--from must be a date like/);
		}
		expectOneLineRefusal(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--from', '2021-06-01', '--to', '2021-05-31']), /^gazette: --from 2021-06-01 is after --to 2021-05-31$/m);
		expect(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--from', '2021-05-10', '--to', '2021-05']).status).toBe(0);
		expect(gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--from', '2024-02-29']).status).toBe(0);
	});

	it('finds an output that a killed ingest left in .out.old-…', () => {
		const parent = mkdtempSync(join(scratch, 'killed-'));
		// pid 2^22+1 is above Linux's pid_max: no such process is alive
		cpSync(FIXTURE_OUTPUT, join(parent, `.out.old-${2 ** 22 + 1}-abcd`), { recursive: true });
		const result = gazette(['export', '--out', join(parent, 'out'), '--html', join(parent, 'map.html')]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readFileSync(join(parent, 'out', 'manifest.json'), 'utf8')).toContain('schemaVersion');
	});
});

describe('the export mark', () => {
	it('marks a PNG with a valid text chunk and recognises it', async () => {
		const file = join(scratch, 'mark.png');
		const marked = Buffer.from(markPng(tinyPng()));
		writeFileSync(file, marked);
		expect(await writtenByExport(file, 'png')).toBe(true);
		expect(pngSize(marked)).toEqual({ width: 1, height: 1 });
		// every chunk keeps a correct CRC (checked with zlib's, not ours)
		for (let offset = 8; offset < marked.length; ) {
			const length = marked.readUInt32BE(offset);
			expect(marked.readUInt32BE(offset + 8 + length)).toBe(crc32(marked.subarray(offset + 4, offset + 8 + length)));
			offset += 12 + length;
		}
		writeFileSync(file, tinyPng());
		expect(await writtenByExport(file, 'png')).toBe(false);
	});
});
