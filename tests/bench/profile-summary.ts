// What a V8 CPU profile (node:inspector's Profiler, or `node --cpu-prof`) says of each function: its share of
// the samples as the function running (self) and as any frame of the stack (total, a recursive function
// counted once a sample). Summed by function name and source file, not by call site: the geoparser's stages
// are reached from several places, and a flat profile is read by what each stage costs in all.

export interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
}

export interface FunctionShare {
	name: string;
	/** share of all samples (0..1) with the function running */
	self: number;
	/** share of all samples (0..1) with the function anywhere on the stack */
	total: number;
}

// the profile's root frame, above every stack
const ROOT = '(root)';

/** "judgeCandidate geoparse/judge.ts": the function and its file below src/lib (or the file's last two parts). */
export function frameName(frame: ProfileNode['callFrame']): string {
	const lib = frame.url.lastIndexOf('/lib/');
	const file = lib >= 0 ? frame.url.slice(lib + 5) : frame.url.split('/').slice(-2).join('/');
	return `${frame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
}

/**
 * Each function's self and total share, largest total first. With `under` (a function name), only the
 * samples taken inside that function count, and only the frames it called: what the function's time
 * went to (shares still of all samples, so they read against the whole profile).
 */
export function functionShares(profile: CpuProfile, under?: string): FunctionShare[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const samplesAt = new Map<number, number>();
	for (const id of profile.samples) samplesAt.set(id, (samplesAt.get(id) ?? 0) + 1);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	for (const [leaf, count] of samplesAt) {
		const stack: string[] = [];
		const names: string[] = [];
		for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
			const frame = byId.get(id)!.callFrame;
			if (frame.functionName === ROOT) continue;
			stack.push(frameName(frame));
			names.push(frame.functionName);
		}
		// (leaf first: the frames below `under`'s outermost call)
		const depth = under === undefined ? stack.length : names.lastIndexOf(under);
		if (depth < 0) continue;
		if (depth > 0) self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + count);
		for (const name of new Set(stack.slice(0, depth))) total.set(name, (total.get(name) ?? 0) + count);
	}
	const all = profile.samples.length || 1;
	return [...total].map(([name, count]) => ({ name, self: (self.get(name) ?? 0) / all, total: count / all })).sort((a, b) => b.total - a.total || b.self - a.self);
}

/** The geoparser's files that call its stages in turn (and the helpers that only pass their callbacks on): stageShares' orchestrators. */
export const PIPELINE_FILES: ReadonlySet<string> = new Set(['index.ts', 'recognise.ts', 'judge.ts', 'resolve.ts', 'packed.ts', 'computed-once.ts'].map((file) => `geoparse/${file}`));

/** The file of a frame below src/lib ("geoparse/judge.ts"), or "" outside it. */
function libFile(url: string): string {
	const lib = url.lastIndexOf('/lib/');
	return lib >= 0 ? url.slice(lib + 5) : '';
}

/**
 * Each stage's share of the samples, largest first. The pipeline's `orchestrators` (files such as geoparse/resolve.ts)
 * call the stages; a sample belongs to the first frame, from the root down, that lies outside them after the stack
 * entered them: that function is the stage, with all it calls (helpers shared by stages count for the stage that
 * called them). A sample running in an orchestrator itself is "(self)" of that function; one that never entered
 * them is its running frame's ("(garbage collector)", "(outside) passOverTexts …"). The shares partition the profile.
 */
export function stageShares(profile: CpuProfile, orchestrators: ReadonlySet<string>): { name: string; share: number }[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const counts = new Map<string, number>();
	for (const leaf of profile.samples) {
		const stack: ProfileNode['callFrame'][] = [];
		for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
		stack.reverse();
		let entered = false;
		let stage: string | null = null;
		for (const frame of stack) {
			const inside = orchestrators.has(libFile(frame.url));
			if (inside) entered = true;
			else if (entered) {
				stage = frameName(frame);
				break;
			}
		}
		const running = stack[stack.length - 1]!;
		const runningName = frameName(running);
		const name = stage ?? (entered ? `(self) ${runningName}` : running.functionName.startsWith('(') ? runningName : `(outside) ${runningName}`);
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	const all = profile.samples.length || 1;
	return [...counts].map(([name, count]) => ({ name, share: count / all })).sort((a, b) => b.share - a.share);
}
