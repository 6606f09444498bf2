import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';

/**
 * A river, or a mountain range the gazetteer knows the course of: its one point (a mouth, a middle) lies
 * hundreds of km from the stretch a text is about, so it says nothing about which namesake of a town is
 * near ("Kanawha River at Charleston … Ohio River at Point Pleasant": the Ohio's point at its mouth by
 * Cairo made Charleston the Missouri one). along-course.ts places the feature itself.
 */
export function isLineFeature(place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return place.featureCode === 'STM' || (place.kind === 'landform' && gazetteer.courses?.has(place.id) === true);
}
