// Normalised mutual information between two labellings of the same items (arithmetic-mean
// normalisation, as scikit-learn's default): 1 = the same partition, 0 = independent.
export function normalizedMutualInformation(first: readonly (string | number)[], second: readonly (string | number)[]): number {
	if (first.length !== second.length) throw new Error(`labellings differ in length: ${first.length} and ${second.length}`);
	const n = first.length;
	if (n === 0) return 1;
	const joint = new Map<string, { a: string | number; b: string | number; count: number }>();
	const countsA = new Map<string | number, number>();
	const countsB = new Map<string | number, number>();
	for (let i = 0; i < n; i++) {
		const a = first[i]!;
		const b = second[i]!;
		countsA.set(a, (countsA.get(a) ?? 0) + 1);
		countsB.set(b, (countsB.get(b) ?? 0) + 1);
		const key = `${typeof a}:${a}\u0000${typeof b}:${b}`;
		const cell = joint.get(key);
		if (cell) cell.count++;
		else joint.set(key, { a, b, count: 1 });
	}
	const entropy = (counts: Map<string | number, number>) => {
		let h = 0;
		for (const c of counts.values()) h -= (c / n) * Math.log(c / n);
		return h;
	};
	const hA = entropy(countsA);
	const hB = entropy(countsB);
	// one cluster on both sides is perfect agreement; one side alone carries no information
	if (hA === 0 && hB === 0) return 1;
	let mutual = 0;
	for (const { a, b, count: c } of joint.values()) {
		mutual += (c / n) * Math.log((c * n) / (countsA.get(a)! * countsB.get(b)!));
	}
	const mean = (hA + hB) / 2;
	return mean === 0 ? 0 : Math.max(0, Math.min(1, mutual / mean));
}
