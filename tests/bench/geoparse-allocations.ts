// `node --import tsx tests/bench/geoparse-allocations.ts [--warm 5] [--passes 10] [--top 40]`: where a warm
// geoparser's allocations come from. Passes over GeoWebNews until warm, then V8's sampling heap profiler
// (node:inspector, one sample every 4 KB allocated, objects collected since included) over further passes: the
// bytes each function allocated per document, largest first (self: allocated in the function's own frame).
import { Session } from 'node:inspector/promises';
import { frameName } from './profile-summary.ts';
import { option, warmGeoparser } from './warm-geoparser.ts';

const WARM_PASSES = Number(option('--warm') ?? 5);
const PASSES = Number(option('--passes') ?? 10);
const TOP = Number(option('--top') ?? 40);
const SAMPLE_BYTES = 4096;

interface SampledNode {
	callFrame: { functionName: string; url: string };
	selfSize: number;
	children: SampledNode[];
}

const { texts, passOverTexts } = await warmGeoparser(WARM_PASSES);
const session = new Session();
session.connect();
// (flags keep what the collector has freed: a geoparse's garbage is most of what it allocates)
await session.post('HeapProfiler.startSampling', { samplingInterval: SAMPLE_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let pass = 0; pass < PASSES; pass++) passOverTexts();
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SampledNode } };
const self = new Map<string, number>();
const total = new Map<string, number>();
const walk = (node: SampledNode, above: string[]): number => {
	const name = frameName(node.callFrame);
	let sum = node.selfSize;
	self.set(name, (self.get(name) ?? 0) + node.selfSize);
	for (const child of node.children) sum += walk(child, [...above, name]);
	// (a recursive function counted once on its stack)
	if (!above.includes(name)) total.set(name, (total.get(name) ?? 0) + sum);
	return sum;
};
const all = walk(profile.head, []);
const documents = PASSES * texts.length;
const kb = (bytes: number) => (bytes / documents / 1024).toFixed(1).padStart(7);
console.log(`${PASSES} passes over ${texts.length} texts after ${WARM_PASSES} to warm up: ${kb(all).trim()} KB allocated per document (sampled)`);
console.log('  self KB  total KB  function');
for (const [name, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${kb(bytes)}  ${kb(total.get(name) ?? 0)}  ${name}`);
