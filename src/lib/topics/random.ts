// A small seeded generator (mulberry32): discovery must give the same topics on every run.
export type Random = () => number;

/** `skip`: start as the generator of `seed` would after that many numbers (each adds a constant to the state). */
export function seededRandom(seed: number, skip = 0): Random {
	let state = ((seed >>> 0) + Math.imul(skip, 0x6d2b79f5)) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a of a string: orders documents by content, so input order does not change the sample. */
export function hashString(text: string): number {
	// unsigned at every step (the same bits): a `>>> 0` only after the loop has no type feedback when a
	// long text's loop is compiled mid-run, and that compiled loop, reused by each later call, bailed out there every time
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}
