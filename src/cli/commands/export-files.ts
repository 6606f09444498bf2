// Where `gazette export` may write: only over files an earlier export wrote (recognised by a mark in
// the file: the generator <meta> of the HTML, a "Software" text chunk in the PNG) unless --force, into
// folders that exist, and never one path for both files.
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from '../errors.ts';

export type ExportKind = 'html' | 'png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_SOFTWARE = 'gazette export';
const HTML_MARK = '<meta name="generator" content="gazette';

async function head(path: string, bytes: number): Promise<Buffer> {
	const file = await open(path, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const { bytesRead } = await file.read(buffer, 0, bytes, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await file.close();
	}
}

/** The text chunks before the image data, as keyword → text. */
function pngTextChunks(bytes: Uint8Array): Map<string, string> {
	const chunks = new Map<string, string>();
	if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return chunks;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let offset = 8; offset + 8 <= bytes.length; ) {
		const length = view.getUint32(offset);
		const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
		if (type === 'IDAT' || offset + 12 + length > bytes.length) break;
		if (type === 'tEXt') {
			const data = bytes.subarray(offset + 8, offset + 8 + length);
			const nul = data.indexOf(0);
			if (nul > 0) chunks.set(Buffer.from(data.subarray(0, nul)).toString('latin1'), Buffer.from(data.subarray(nul + 1)).toString('latin1'));
		}
		offset += 12 + length;
	}
	return chunks;
}

/** Did an earlier `gazette export` write this file? */
export async function writtenByExport(path: string, kind: ExportKind): Promise<boolean> {
	const start = await head(path, 8192);
	if (kind === 'png') return pngTextChunks(start).get('Software') === PNG_SOFTWARE;
	const text = start.toString('utf8');
	if (!text.toLowerCase().startsWith('<!doctype html>')) return false;
	// the mark must sit in the head, before any style or script the file carries
	const mark = text.indexOf(HTML_MARK);
	const headEnd = Math.min(...['<style', '<script', '</head>'].map((tag) => text.indexOf(tag)).filter((i) => i >= 0), text.length);
	return mark >= 0 && mark < headEnd;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** The PNG with a `Software: gazette export` text chunk after its header, so a later export knows it. */
export function markPng(png: Uint8Array): Uint8Array {
	const ihdrEnd = 8 + 12 + 13;
	const data = Buffer.from(`Software\0${PNG_SOFTWARE}`, 'latin1');
	const chunk = Buffer.alloc(12 + data.length);
	chunk.writeUInt32BE(data.length, 0);
	chunk.write('tEXt', 4, 'latin1');
	data.copy(chunk, 8);
	chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
	return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

/** Checks one target: its folder exists, it is not a folder, and it is new, an earlier export, or forced. */
async function checkTarget(option: string, path: string, kind: ExportKind, force: boolean): Promise<void> {
	const folder = await stat(dirname(path)).catch(() => null);
	if (!folder?.isDirectory()) throw new CliError(`--${option} ${path}: the folder ${dirname(path)} does not exist (create it first)`, 2);
	const existing = await stat(path).catch(() => null);
	if (!existing) return;
	if (existing.isDirectory()) throw new CliError(`--${option} ${path} is a folder; give a file name`, 2);
	if (!existing.isFile()) throw new CliError(`--${option} ${path} is not a regular file`, 2);
	if (force) return;
	const ours = await writtenByExport(path, kind).catch(() => false);
	if (!ours) throw new CliError(`refusing to overwrite ${path}: it was not written by gazette export (add --force to replace it)`, 2);
}

/** A symlink is written through (the link stays, its file is replaced); a dangling one is refused. */
async function throughLink(option: string, path: string): Promise<string> {
	const link = await lstat(path).catch(() => null);
	if (!link?.isSymbolicLink()) return path;
	const target = await realpath(path).catch(() => null);
	if (!target) throw new CliError(`--${option} ${path} is a symlink to a file that does not exist`, 2);
	return target;
}

/** The absolute paths to write, after every check; a refusal is one line and nothing is written. */
export async function exportTargets(options: { html?: string; png?: string; force: boolean }): Promise<{ html: string | null; png: string | null }> {
	const html = options.html ? await throughLink('html', resolve(options.html)) : null;
	const png = options.png ? await throughLink('png', resolve(options.png)) : null;
	if (html && png && html === png) throw new CliError(`--html and --png name the same file (${html}); give each its own`, 2);
	if (html) await checkTarget('html', html, 'html', options.force);
	if (png) await checkTarget('png', png, 'png', options.force);
	return { html, png };
}
