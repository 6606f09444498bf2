// V8 lets a heap grow to up to about four times what it keeps alive before its next full collection:
// a full ingest of a big corpus, whose garbage is mostly geoparsing's short-lived objects, then swings
// its resident memory by hundreds of megabytes (200,000 documents: 400-850 MB, a 894 MB peak). While a
// streamed ingest runs, each heap may grow to twice its live size instead (V8's --heap-growing-percent,
// read at every full collection, by every thread's heap): a full collection comes sooner and costs
// about as much as it did, since it only marks what lives.
import { setFlagsFromString } from 'node:v8';

/** How far past its live size a heap grows before a full collection, while bounded. */
export const HEAP_GROWING_PERCENT = 100;

let holders = 0;

/** Bounds every heap's growth until the function returned is called (runs may overlap: the last one restores V8's own). */
export function boundHeapGrowth(): () => void {
	if (holders++ === 0) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
	let released = false;
	return () => {
		if (released) return;
		released = true;
		// 0: V8 chooses the factor again from its collector's and the program's speeds
		if (--holders === 0) setFlagsFromString('--heap-growing-percent=0');
	};
}
