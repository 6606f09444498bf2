// Checks places.geojson before it is written: GeoJSON structure (geojson-validation) and
// coordinate ranges (which that library does not check). Bad features are dropped and reported.
import { coordEach } from '@turf/meta';
import * as geojsonValidation from 'geojson-validation';
import type { PlaceFeature, PlacesCollection } from '../contracts.ts';

export interface PlacesValidation {
	places: PlacesCollection;
	/** one line per dropped feature */
	problems: string[];
}

function coordinateProblem(feature: PlaceFeature): string | null {
	const { lat, lon } = feature.properties;
	if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return `representative point ${lat},${lon} is out of range`;
	let problem: string | null = null;
	coordEach(feature, (position) => {
		const [x, y] = position as number[];
		if (problem === null && !(Number.isFinite(x) && Number.isFinite(y) && Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) {
			problem = `coordinate ${x},${y} is out of range`;
		}
	});
	return problem;
}

export function validatePlaces(collection: PlacesCollection): PlacesValidation {
	const problems: string[] = [];
	const features = collection.features.filter((feature) => {
		const structure = geojsonValidation.isFeature(feature, true);
		const problem = structure.length > 0 ? structure.join('; ') : coordinateProblem(feature);
		if (problem) problems.push(`place ${feature.id} (${feature.properties?.name ?? '?'}): ${problem}`);
		return problem === null;
	});
	const places: PlacesCollection = { type: 'FeatureCollection', features };
	const whole = geojsonValidation.isFeatureCollection(places, true);
	if (whole.length > 0) throw new Error(`places.geojson is not valid GeoJSON: ${whole.join('; ')}`);
	return { places, problems };
}
