import type { DraftPlace } from './draft.ts';

/**
 * The people of a country's towns that lie nearer a region's point than any other region's of the same
 * country, for each of the given regions: what weighs a first-level region whose GeoNames towns carry
 * no code of it (Ghana's Savannah Region, split off in 2018; a Philippine province, a second level in
 * GeoNames). Such regions weighed as much as a region can (1,000,000 people), so a bare "Savannah" or
 * "Aurora" with nothing around it read as the region of Ghana or the Philippines, not the US city.
 * One pass over the towns of each country that has such a region, each against that country's points.
 */
export function peopleNearestRegions(regions: readonly DraftPlace[], towns: readonly DraftPlace[], weighed: readonly DraftPlace[]): Map<DraftPlace, number> {
	const countries = new Set(weighed.map((region) => region.country));
	const pointsOf = new Map<string, DraftPlace[]>();
	for (const region of regions) {
		if (!region.country || !countries.has(region.country)) continue;
		const list = pointsOf.get(region.country);
		if (list) list.push(region);
		else pointsOf.set(region.country, [region]);
	}
	const people = new Map<DraftPlace, number>();
	for (const town of towns) {
		const points = town.country ? pointsOf.get(town.country) : undefined;
		if (!points || town.population <= 0) continue;
		const nearest = nearestOf(points, town);
		people.set(nearest, (people.get(nearest) ?? 0) + town.population);
	}
	return new Map(weighed.map((region) => [region, people.get(region) ?? 0]));
}

function nearestOf(points: readonly DraftPlace[], town: DraftPlace): DraftPlace {
	const scale = Math.cos((town.lat * Math.PI) / 180);
	let best = points[0]!;
	let bestDistance = Infinity;
	for (const point of points) {
		// across the antimeridian (Fiji, the Aleutians) the short way round
		const dLon = ((point.lon - town.lon + 540) % 360) - 180;
		const d = (dLon * scale) ** 2 + (point.lat - town.lat) ** 2;
		if (d < bestDistance) {
			bestDistance = d;
			best = point;
		}
	}
	return best;
}
