// `gazette ingest DIR --watch`: the watching ingest's lines (one per applied change) and its stop on
// Ctrl-C or SIGTERM (the change being written commits first; a second signal exits at once, which the
// store's transaction also survives).
import type { IngestOptions, IngestSummary } from '../../lib/server/ingest/index.ts';
import type { WatchEvent } from '../../lib/server/ingest/watch.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import { formatSummary } from './ingest-summary.ts';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const clock = () => new Date().toISOString().slice(11, 19);
const totals = (s: Pick<IngestSummary, 'documents' | 'places'>) => `${plural(s.documents, 'document')}, ${plural(s.places, 'place')}`;

/** One event as the terminal shows it (paths come from the user's files: printed terminal-safe). */
export function formatWatchEvent(event: WatchEvent): { out?: string; err?: string } {
	switch (event.kind) {
		case 'ready':
			return { out: `${formatSummary(event.summary)}watching ${plural(event.folders, 'folder')} for changes (ready in ${(event.ms / 1000).toFixed(1)} s); Ctrl-C stops\n` };
		case 'applied': {
			const { result } = event;
			const what = [...result.changedPaths.slice(0, 3), ...result.removedPaths.slice(0, 3).map((p) => `-${p}`)].join(', ');
			const more = result.changedPaths.length + result.removedPaths.length > 6 ? ', …' : '';
			const lines = [`${clock()} ${result.changedPaths.length} changed, ${result.removedPaths.length} removed (${what}${more}) → ${totals(result)} (${event.ms} ms)`];
			for (const skip of result.skippedNow) lines.push(`  skipped ${skip.path}: ${skip.reason}`);
			return { out: terminalSafeLines(lines) };
		}
		case 'full':
			return { out: terminalSafeLines([`${clock()} ingested whole (${event.reason}) → ${totals(event.summary)} (${(event.ms / 1000).toFixed(1)} s)`]) };
		case 'error':
			return { err: terminalSafeLines([`${clock()} error: ${event.message}${event.paths.length ? ` (${event.paths.slice(0, 3).join(', ')}${event.paths.length > 3 ? ', …' : ''})` : ''}; the store is as before, still watching`]) };
		case 'polling':
			return { err: `${clock()} warning: ${event.message}; comparing every file every ${event.seconds} s instead\n` };
	}
}

/** Runs until SIGINT or SIGTERM; 0 when stopped cleanly. */
export async function runWatch(options: IngestOptions, watch: { debounceMs?: number; rescanSeconds?: number }): Promise<number> {
	const { watchIngest } = await import('../../lib/server/ingest/watch.ts');
	const running = watchIngest(options, {
		...watch,
		onEvent(event) {
			const { out, err } = formatWatchEvent(event);
			if (out) process.stdout.write(out);
			if (err) process.stderr.write(err);
		}
	});
	let signalled: () => void = () => {};
	const stopSignal = new Promise<void>((resolve) => (signalled = resolve));
	const onSignal = () => {
		// a second signal: out at once (the store's transaction leaves the last committed state)
		process.once('SIGINT', () => process.exit(130));
		process.once('SIGTERM', () => process.exit(143));
		signalled();
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		await Promise.race([running.ready, stopSignal]);
		await stopSignal;
	} finally {
		await running.stop();
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
	}
	process.stderr.write('stopped watching; the store is complete\n');
	return 0;
}
