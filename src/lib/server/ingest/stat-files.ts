// The stamps (size, modification time) of the files an incremental run compares, taken in a worker
// thread while the corpus walk lists them: at 200,000 files the walk and the stats each took a core for
// 0.5 and 1.1 s one after the other on the main thread, and on two cores they now overlap. Each folder's
// files go to the worker as the walk lists them (`add`); `stamps` gives them all, in the walk's order.
// A worker that fails (it cannot start, it crashes) loses nothing: the files it did not stamp are stat'ed
// here. `onBatch` hears of each stamped batch as it arrives (the run looks for a first change in it).
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from './module-worker.ts';
import type { CorpusFile } from './walk-corpus.ts';

export interface FileStamps {
	/** NaN: no stamp (gone, unreadable): reads as changed */
	sizes: Float64Array;
	mtimes: Float64Array;
}

interface Batch {
	start: number;
	count: number;
}

/** Stamps of files on this thread, into `into` from `start`. */
function statHere(files: readonly CorpusFile[], start: number, end: number, into: FileStamps): void {
	for (let i = start; i < end; i++) {
		let info;
		try {
			info = statSync(files[i]!.real, { throwIfNoEntry: false });
		} catch {
			// no stamp: reads as changed
		}
		into.sizes[i] = info ? info.size : NaN;
		into.mtimes[i] = info ? info.mtimeMs : NaN;
	}
}

export interface FileStatter {
	/** the walk's files so far (the same growing array each time): those not sent yet go to the worker */
	add(files: readonly CorpusFile[]): void;
	/** every file's stamp once the walk is done (`files` is its whole list); the worker is done then */
	stamps(files: readonly CorpusFile[]): Promise<FileStamps>;
	/** ends the worker (a run that stopped before asking for the stamps) */
	close(): void;
}

/** Stamps in a worker thread, started now (it starts up while the walk lists the first folders). */
export function workerStatter(onBatch?: (start: number, count: number, stamps: FileStamps) => void): FileStatter {
	let worker: Worker | null = null;
	let failed = false;
	try {
		worker = startModuleWorker('stat-worker');
	} catch {
		failed = true;
	}
	// the worker answers its batches in order
	const pending: Batch[] = [];
	let sent = 0;
	const received: { batch: Batch; sizes: Float64Array; mtimes: Float64Array }[] = [];
	let settle: (() => void) | null = null;
	const fail = () => {
		failed = true;
		settle?.();
	};
	worker?.on('message', (reply: { sizes?: Float64Array; mtimes?: Float64Array; error?: string }) => {
		const batch = pending.shift();
		if (!batch || !reply.sizes || !reply.mtimes || reply.sizes.length !== batch.count) return fail();
		received.push({ batch, sizes: reply.sizes, mtimes: reply.mtimes });
		onBatch?.(batch.start, batch.count, { sizes: reply.sizes, mtimes: reply.mtimes });
		if (pending.length === 0) settle?.();
	});
	worker?.on('error', fail);
	worker?.on('exit', fail);
	return {
		add(files) {
			if (failed || sent === files.length) return;
			const batch = { start: sent, count: files.length - sent };
			let paths = '';
			for (let i = sent; i < files.length; i++) paths += (i === sent ? '' : '\0') + files[i]!.real;
			pending.push(batch);
			sent = files.length;
			worker!.postMessage(paths);
		},
		async stamps(files) {
			this.add(files);
			if (!failed && pending.length > 0) await new Promise<void>((resolve) => (settle = resolve));
			settle = null;
			this.close();
			const stamps = { sizes: new Float64Array(files.length).fill(NaN), mtimes: new Float64Array(files.length).fill(NaN) };
			const done = new Uint8Array(files.length);
			for (const { batch, sizes: s, mtimes: m } of received) {
				stamps.sizes.set(s, batch.start);
				stamps.mtimes.set(m, batch.start);
				done.fill(1, batch.start, batch.start + batch.count);
			}
			// what a failed worker left
			for (let i = 0; i < files.length; i++) if (done[i] === 0) statHere(files, i, i + 1, stamps);
			return stamps;
		},
		close() {
			failed = true;
			void worker?.terminate();
		}
	};
}

/** Stamps on this thread, once the walk is done (a corpus too small for a worker to pay). */
export function mainStatter(): FileStatter {
	return {
		add() {},
		async stamps(files) {
			const stamps = { sizes: new Float64Array(files.length), mtimes: new Float64Array(files.length) };
			statHere(files, 0, files.length, stamps);
			return stamps;
		},
		close() {}
	};
}
