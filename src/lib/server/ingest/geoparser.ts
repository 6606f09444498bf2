// The geoparser as ingest uses it: the lead's pure geoparse() over the compiled gazetteer, on the
// main thread plus worker threads for big corpora (each worker loads its own gazetteer).
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlaceLookup, PlaceRecord } from '../../corpus/place-record.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { compactBatch, type CompactResult, type CompactToponym } from './compact.ts';

export interface IngestGeoparser {
	/** geoparses texts in order; `onDone(n)` after each n finished texts */
	parse(texts: string[], onDone?: (count: number) => void): Promise<CompactResult>;
	lookup: PlaceLookup;
	countryName(code: string): string | null;
	attribution: string[];
	close(): Promise<void>;
}

/** Below this much text, starting workers (each loads the gazetteer) costs more than it saves. */
const WORKER_THRESHOLD_CHARS = 3_000_000;
const BATCH_SIZE = 40;

/** What a geoparser whose gazetteer lives in its worker asks it after a parse (workerGeoparser). */
export interface DescribeRequest {
	ids: string[];
	countries: string[];
}

interface Described {
	records: PlaceRecord[];
	countryNames: Record<string, string>;
	attribution: string[];
}

interface WorkerReply {
	batch: number;
	result?: CompactResult;
	described?: Described;
	error?: string;
}

/** URL of tsx's ESM register API (its CommonJS build cannot register hooks from a worker). */
function tsxEsmApi(): string {
	const require = createRequire(import.meta.url);
	const manifestPath = require.resolve('tsx/package.json');
	const manifest = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
	return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api']!.import.default)).href;
}

function startWorker(): Worker {
	// Workers do not inherit tsx's loader hooks from the main thread, so register them first.
	const tsxApi = tsxEsmApi();
	const script = new URL('./geoparse-worker.ts', import.meta.url).href;
	const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); }).catch((error) => { require('node:worker_threads').parentPort.postMessage({ batch: -1, error: String(error && error.stack || error) }); });`;
	return new Worker(bootstrap, { eval: true });
}

/** A gazetteer's places as ingest records them. */
export function gazetteerPlaceLookup(gazetteer: Gazetteer, api: Pick<typeof import('../../gazetteer/index.ts'), 'placeById' | 'divisionsOf'>): PlaceLookup {
	return (id) => {
		const place = api.placeById(gazetteer, id);
		if (!place) return undefined;
		const admin1Name = api.divisionsOf(gazetteer, place).region?.name ?? null;
		const record: PlaceRecord = { id: place.id, name: place.name, kind: place.kind, country: place.country, lat: place.lat, lon: place.lon, geonameId: place.geonameId, admin1Name };
		if (place.geometry) record.geometry = place.geometry;
		return record;
	};
}

/**
 * Every result is kept until the corpus is written, and a worker's arrive with their own copy of each
 * place id and usage: one shared copy per distinct string (in `seen`) keeps memory per toponym small.
 */
function internStrings(list: CompactToponym[], seen: Map<string, string>): CompactToponym[] {
	const intern = (text: string) => {
		let found = seen.get(text);
		if (found === undefined) seen.set(text, (found = text));
		return found;
	};
	for (const toponym of list) {
		toponym[2] = intern(toponym[2]);
		toponym[3] = intern(toponym[3]) as CompactToponym[3];
	}
	return list;
}

/** A worker thread kept for the geoparser's life: one batch in flight at a time. */
class GeoparseWorker {
	private readonly worker = startWorker();
	private pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null = null;
	failed: Error | null = null;

	constructor() {
		this.worker.on('message', (reply: WorkerReply) => {
			const pending = this.pending;
			this.pending = null;
			if (reply.error) this.fail(new Error(`geoparse worker failed: ${reply.error}`), pending);
			else pending?.resolve(reply);
		});
		this.worker.on('error', (error) => this.fail(error, this.pending));
		this.worker.on('exit', (code) => this.fail(new Error(`geoparse worker exited with code ${code}`), this.pending));
	}

	private fail(error: Error, pending: GeoparseWorker['pending']): void {
		this.failed ??= error;
		this.pending = null;
		pending?.reject(error);
	}

	/** `call` numbers the parse() call: a new one makes the worker report every place again. */
	private ask(message: unknown): Promise<WorkerReply> {
		if (this.failed) return Promise.reject(this.failed);
		return new Promise((resolve, reject) => {
			this.pending = { resolve, reject };
			this.worker.postMessage(message);
		});
	}

	async parse(batch: number, texts: string[], call: number): Promise<CompactResult> {
		return (await this.ask({ batch, texts, call })).result!;
	}

	async describe(request: DescribeRequest): Promise<Described> {
		return (await this.ask({ batch: -2, describe: request })).described!;
	}

	terminate(): Promise<number> {
		return this.worker.terminate();
	}
}

export async function createGeoparser(options: { workers?: number } = {}): Promise<IngestGeoparser> {
	const [{ geoparse }, { loadGazetteer }, gazetteerApi] = await Promise.all([
		import('../../geoparse/index.ts'),
		import('../gazetteer.ts'),
		import('../../gazetteer/index.ts')
	]);
	const gazetteer = await loadGazetteer();
	const maxWorkers = options.workers ?? Math.max(0, availableParallelism() - 1);
	// started on the first big parse and kept until close(): a first ingest parses its corpus in chunks,
	// and each worker loading its gazetteer again per chunk would cost seconds each time
	const pool: GeoparseWorker[] = [];
	let calls = 0;

	const lookup = gazetteerPlaceLookup(gazetteer, gazetteerApi);

	async function parse(texts: string[], onDone?: (count: number) => void): Promise<CompactResult> {
		const call = ++calls;
		const batches: number[][] = [];
		for (let i = 0; i < texts.length; i += BATCH_SIZE) batches.push(Array.from({ length: Math.min(BATCH_SIZE, texts.length - i) }, (_, k) => i + k));
		const toponyms: CompactResult['toponyms'] = new Array(texts.length);
		const places = new Map<string, PlaceRecord>();
		const sentByMain = new Set<string>();
		const totalChars = texts.reduce((sum, t) => sum + t.length, 0);
		const workerCount = totalChars >= WORKER_THRESHOLD_CHARS ? Math.min(maxWorkers, batches.length - 1) : 0;
		let nextBatch = 0;
		const take = () => (nextBatch < batches.length ? nextBatch++ : -1);
		const stored = new Set<number>();
		const seen = new Map<string, string>();
		const store = (batch: number, result: CompactResult) => {
			stored.add(batch);
			batches[batch]!.forEach((index, k) => (toponyms[index] = internStrings(result.toponyms[k]!, seen)));
			for (const place of result.places) if (!places.has(place.id)) places.set(place.id, place);
			onDone?.(batches[batch]!.length);
		};

		for (let i = pool.length - 1; i >= 0; i--) if (pool[i]!.failed) void pool.splice(i, 1)[0]!.terminate();
		while (pool.length < workerCount) pool.push(new GeoparseWorker());
		const workerRuns = pool.slice(0, Math.max(0, workerCount)).map(async (worker) => {
			for (let batch = take(); batch !== -1; batch = take()) store(batch, await worker.parse(batch, batches[batch]!.map((i) => texts[i]!), call));
		});
		const parseOnMain = (batch: number) => store(batch, compactBatch(batches[batch]!.map((i) => geoparse(texts[i]!, gazetteer)), sentByMain));
		// settled from the start: a worker that fails while the main thread is busy is no unhandled rejection
		const workersDone = Promise.allSettled(workerRuns);
		// The main thread works too, yielding between batches so worker replies are handled.
		for (let batch = take(); batch !== -1; batch = take()) {
			parseOnMain(batch);
			await new Promise((resolve) => setImmediate(resolve));
		}
		const failures = (await workersDone).filter((outcome) => outcome.status === 'rejected');
		// A worker that failed (out of memory, a crash) loses nothing: its batches are parsed here.
		if (failures.length) process.emitWarning(`${failures.length} geoparse worker(s) failed; their batches were parsed on the main thread`);
		for (let batch = 0; batch < batches.length; batch++) if (!stored.has(batch)) parseOnMain(batch);
		return { toponyms, places: [...places.values()] };
	}

	return {
		parse,
		lookup,
		countryName: (code) => gazetteerApi.countryName(gazetteer, code),
		attribution: gazetteer.sources,
		close: async () => {
			await Promise.all(pool.splice(0).map((worker) => worker.terminate()));
		}
	};
}

/**
 * A geoparser whose only gazetteer is its worker's: started at once, it loads while the caller does
 * other work (an incremental run still comparing its files), and the main thread never loads one.
 * Lookups answer for the places its parses reported and the ids given in `prefetch` (the places
 * corrections name), which is all an incremental run asks; country names for their countries.
 */
export function workerGeoparser(prefetch: string[]): IngestGeoparser {
	const worker = new GeoparseWorker();
	const records = new Map<string, PlaceRecord>();
	const countryNames = new Map<string, string>();
	let attribution: string[] = [];
	let calls = 0;
	// a worker that fails (out of memory, a crash) is replaced by the main thread's own geoparser
	let onMain: IngestGeoparser | null = null;
	const parseInWorker = async (texts: string[], onDone?: (count: number) => void): Promise<CompactResult> => {
		const call = ++calls;
		const toponyms: CompactResult['toponyms'] = [];
		const places = new Map<string, PlaceRecord>();
		for (let i = 0; i < texts.length; i += BATCH_SIZE) {
			const result = await worker.parse(i, texts.slice(i, i + BATCH_SIZE), call);
			toponyms.push(...result.toponyms);
			for (const place of result.places) places.set(place.id, place);
			onDone?.(result.toponyms.length);
		}
		const ids = [...new Set([...places.keys(), ...prefetch])].filter((id) => !records.has(id));
		const described = await worker.describe({ ids, countries: [...new Set([...places.values(), ...records.values()].flatMap((p) => (p.country ? [p.country] : [])))] });
		for (const record of described.records) records.set(record.id, record);
		for (const [code, name] of Object.entries(described.countryNames)) countryNames.set(code, name);
		attribution = described.attribution;
		// the division, as the gazetteer gives it (the main thread has no gazetteer to look it up later)
		for (const place of places.values()) place.admin1Name = records.get(place.id)?.admin1Name ?? null;
		return { toponyms, places: [...places.values()] };
	};
	return {
		async parse(texts, onDone) {
			if (!onMain) {
				try {
					return await parseInWorker(texts, onDone);
				} catch (error) {
					process.emitWarning(`the geoparse worker failed (${error instanceof Error ? error.message : String(error)}); geoparsing on the main thread`);
					onMain = await createGeoparser({ workers: 0 });
				}
			}
			return onMain.parse(texts, onDone);
		},
		lookup: (id) => (onMain ? onMain.lookup(id) : records.get(id)),
		countryName: (code) => (onMain ? onMain.countryName(code) : (countryNames.get(code) ?? null)),
		get attribution() {
			return onMain ? onMain.attribution : attribution;
		},
		close: async () => {
			await worker.terminate();
			await onMain?.close();
		}
	};
}
