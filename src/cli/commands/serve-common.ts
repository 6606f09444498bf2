// Shared by `gazette serve` and `gazette explore`: option parsing, checks, start and wait.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integerOption, stringOption, type ParsedArgs } from '../command.ts';
import { CliError } from '../errors.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import type { StoreTarget } from '../../lib/store/target.ts';
import type { StoreHandle } from '../../lib/server/api/store-handle.ts';
import type { PostgresStore } from '../../lib/store/postgres/index.ts';

export const serveOptions = {
	port: { type: 'string', short: 'p' },
	host: { type: 'string' },
	'read-only': { type: 'boolean' },
	corrections: { type: 'string' },
	store: { type: 'string' }
} as const;

export const serveOptionsHelp = `  --read-only         no corrections or topic edits from the explorer (no write routes, no controls)
  --corrections FILE  where the explorer saves corrections (default: the file the ingest read,
                      else the corpus's .gazette-corrections.json, which ingest then reads)
  --store STORE       the store to answer from: postgres://… (shared; corrections are applied in the
                      database and saved to the corrections file its last ingest read) or
                      sqlite:PATH (read-only; default: gazette.sqlite in the output folder)`;

export interface WriteChoice {
	readOnly: boolean;
	correctionsFile?: string;
}

export function writeChoice(args: ParsedArgs): WriteChoice {
	const correctionsFile = stringOption(args, 'corrections');
	if (args.values['read-only'] === true && correctionsFile) throw new CliError('--read-only and --corrections exclude each other: a read-only explorer saves no corrections', 2);
	return { readOnly: args.values['read-only'] === true, correctionsFile };
}

/** The `--store` option, checked (a bad one is a usage error). */
export async function storeTarget(args: ParsedArgs): Promise<StoreTarget | undefined> {
	const text = stringOption(args, 'store');
	if (text === undefined) return undefined;
	const { parseStoreTarget, StoreTargetError } = await import('../../lib/store/target.ts');
	try {
		return parseStoreTarget(text);
	} catch (error) {
		if (error instanceof StoreTargetError) throw new CliError(error.message, 2);
		throw error;
	}
}

/** Opens the store an explorer answers from (read-only; a store that cannot be opened is the user's error). */
export async function openServedStore(target: StoreTarget): Promise<StoreHandle> {
	const { fixedStore, followedStore } = await import('../../lib/server/api/store-handle.ts');
	if (target.kind === 'sqlite') {
		if (!existsSync(target.path)) throw new CliError(`store file not found: ${target.path}`);
		// followed: a full ingest replaces the file, and the explorer answers from the new one
		const handle = followedStore(target.path);
		try {
			handle.get();
			return handle;
		} catch (error) {
			throw new CliError(`${target.path} cannot be opened as a gazette store: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
		}
	}
	const { openPostgresStore, PostgresStoreError } = await import('../../lib/store/postgres/index.ts');
	try {
		return fixedStore(await openPostgresStore(target.url, { readonly: true }));
	} catch (error) {
		if (error instanceof PostgresStoreError) throw new CliError(error.message);
		throw error;
	}
}

export function portAndHost(args: ParsedArgs, defaults: { port: number; host: string }): { port: number; host: string } {
	const port = integerOption(args, 'port', defaults.port);
	if (port > 65535) throw new CliError(`--port must be between 0 and 65535, got ${port}`, 2);
	const host = stringOption(args, 'host') ?? defaults.host;
	if (host.trim() === '') throw new CliError('--host is empty: name the address to bind (127.0.0.1 keeps the explorer on this machine)', 2);
	return { port, host };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;

export function checkFolder(dir: string, what: string): void {
	if (!existsSync(dir)) throw new CliError(`${what} not found: ${dir}`);
	if (!statSync(dir).isDirectory()) throw new CliError(`${what} is not a folder: ${dir}`);
}

/** Puts back an output that an ingest killed between its two renames left in `.out.old-…`. */
export async function recoverOutput(dir: string): Promise<void> {
	const { recoverInterruptedOutput } = await import('../../lib/server/ingest/write-output.ts');
	await recoverInterruptedOutput(dir);
}

/** Corrections the explorer applied in the store reach the JSON files (an ingest) before they are read. */
export async function refreshOutput(dir: string): Promise<void> {
	// asked first: the ingest's modules are loaded only for an output that needs them
	const { correctionsPendingPath } = await import('../../lib/server/ingest/cache.ts');
	if (!existsSync(correctionsPendingPath(dir))) return;
	const { refreshStaticOutput } = await import('../../lib/server/corrections-store.ts');
	await refreshStaticOutput(dir);
}

/**
 * Brings the output's JSON files up to date and reads them holding the output's lock: an explorer
 * server applying a correction to the same output meanwhile waits (it cannot be half in what is read).
 */
export async function readOutput<T>(dir: string, read: () => Promise<T>): Promise<T> {
	const { OutputBusyError, withOutputLock } = await import('../../lib/server/output-lock.ts');
	const onWait = (holder: string) => process.stderr.write(`gazette: waiting for ${holder} to finish with ${dir}…\n`);
	try {
		return await withOutputLock(dir, { holder: 'gazette publish/export', waitMs: 10 * 60_000, onWait }, async () => {
			await refreshOutput(dir);
			return read();
		});
	} catch (error) {
		if (error instanceof OutputBusyError) throw new CliError(error.message);
		throw error;
	}
}

export function checkOutput(dir: string): void {
	checkFolder(dir, 'ingest output folder');
	// a big corpus's first ingest makes the store, and its JSON files only on demand (publish, export)
	if (!existsSync(join(dir, 'manifest.json')) || !(existsSync(join(dir, 'places.geojson')) || existsSync(join(dir, 'gazette.sqlite')))) {
		throw new CliError(`${dir} is not an ingest output (no manifest.json / places.geojson); run \`gazette ingest\` or \`gazette explore\` first`);
	}
}

/** Starts the server, prints the URL and keeps running until Ctrl-C. */
export async function serveUntilInterrupted(outDir: string, port: number, host: string, write: WriteChoice = { readOnly: true }, store?: { target: StoreTarget; store: StoreHandle }): Promise<number> {
	const { ensureApp, startServer } = await import('../../lib/server/serve.ts');
	await ensureApp((message) => process.stderr.write(`${message}\n`));
	let corrections = null;
	let topics = null;
	// why a writable explorer was asked for but not given: said on the status line, not as an error
	let readOnlyReason = '';
	// on a network address anyone who can open the page could write: corrections only on this machine
	// a correction re-runs the ingest of the output folder, which writes its own store, not a --store one
	if (!write.readOnly && store?.target.kind === 'sqlite') readOnlyReason = 'corrections are not saved from an explorer on a --store sqlite: store (edit the corrections file and run gazette ingest)';
	else if (!write.readOnly && !LOOPBACK.test(host)) readOnlyReason = 'corrections are saved only from an explorer bound to this machine (127.0.0.1)';
	else if (!write.readOnly && store?.target.kind === 'postgres') {
		// applied in the database at once; the corpus and its corrections file are the last ingest's
		const { sharedCorrectionsWriter } = await import('../../lib/server/corrections-writer.ts');
		const writer = await sharedCorrectionsWriter(store.store.get() as PostgresStore, store.target.url, outDir, write.correctionsFile);
		if (typeof writer === 'string') readOnlyReason = writer;
		else corrections = writer;
	} else if (!write.readOnly) {
		const { correctionsWriterFor } = await import('../../lib/server/corrections-writer.ts');
		const writer = await correctionsWriterFor(outDir, write.correctionsFile);
		if (typeof writer === 'string') readOnlyReason = writer;
		else corrections = writer;
		const { topicsWriterFor } = await import('../../lib/server/topics-writer.ts');
		const topicsWriter = await topicsWriterFor(outDir, write.correctionsFile);
		if (typeof topicsWriter !== 'string') topics = topicsWriter;
	}
	if (!LOOPBACK.test(host)) {
		process.stderr.write(`gazette: warning: --host ${host} makes the explorer, with every document's full text, readable by anyone who can reach this machine on the network\n`);
	}
	let server;
	try {
		server = await startServer({
			outDir,
			port,
			host,
			corrections,
			topics,
			store: store?.store,
			onError: (error, url) => process.stderr.write(`gazette: internal error serving ${url.split('?')[0]}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`)
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE') throw new CliError(`port ${port} is already in use on ${host}; choose another with --port`);
		if (code === 'EACCES') throw new CliError(`not allowed to listen on ${host}:${port}; choose a port above 1024 with --port`);
		if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on host ${host}`);
		throw error;
	}
	const saving = corrections ? `corrections saved to ${corrections.correctionsFile}${topics ? `, topics to ${topics.savedFile}` : ''}` : readOnlyReason ? `read-only: ${readOnlyReason}` : 'read-only';
	const serving = store?.target.kind === 'postgres' ? (await import('../../lib/store/postgres/index.ts')).describeUrl(store.target.url) : store ? `${outDir} with ${store.target.path}` : outDir;
	process.stdout.write(terminalSafeLines([`gazette explorer: ${server.url}`, `(serving ${serving}; ${saving}; press Ctrl-C to stop)`]));
	await new Promise<void>((done) => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			void server.close().then(done);
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
	return 0;
}

/** An empty folder standing in for the JSON output a shared store does not have; removed when the process exits. */
export function standInOutputDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	return dir;
}
