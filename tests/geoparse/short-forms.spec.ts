// A place whose name joins a first part to a river, a sea or a saint ("Kingston upon Thames", "Stratford-upon-
// Avon", "Frankfurt am Main") is called by that first part once the text has named it whole. Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf, placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the first part of a joined name, after the whole name', () => {
	it('is that place, not the biggest place of the short name', () => {
		const market = "Kingston upon Thames has held a market since the Middle Ages. Today Kingston's market place is ringed with cafés.";
		expect(placeOf(gazetteer, market, 'Kingston')).toBe('city GB/ENG');
		const theatre = 'Stratford-upon-Avon draws a million visitors a year to its theatres, and hotels in Stratford are full all summer.';
		expect(placeOf(gazetteer, theatre, 'Stratford')).toBe('city GB/ENG');
		const bridges = 'Newcastle upon Tyne lies on the north bank of the river. The bridges of Newcastle are its symbol.';
		expect(placeOf(gazetteer, bridges, 'Newcastle')).toBe('city GB/ENG');
	});

	it('keeps the reading its own words give it', () => {
		const flights = 'Kingston upon Thames is twinned with towns in Germany and France, and the council sent a delegation to Kingston, Jamaica.';
		expect(placeOf(gazetteer, flights, 'Kingston')).toBe('city JM/17');
	});

	it('leaves a bare name that means another, well-known place', () => {
		const capital = 'San José de la Montaña is a town in the Andes. Its mayor later returned to San José, the capital of Costa Rica.';
		expect(placeOf(gazetteer, capital, 'San José')).toMatch(/^city CR\//);
		const president = 'Santiago de Cuba lies on the south coast of the island. In Santiago the Chilean president spoke of trade.';
		expect(placeOf(gazetteer, president, 'Santiago')).toMatch(/^city CL\//);
		const bolivia = 'Santa Cruz de Tenerife holds a carnival every February. In Bolivia, Santa Cruz is the largest city.';
		expect(placeOf(gazetteer, bolivia, 'Santa Cruz')).toMatch(/^city BO\//);
	});

	it('is that place where the gazetteer lacks the short form, or English has the word', () => {
		const locally = 'Newcastle-under-Lyme is a market town in Staffordshire, England, west of Stoke-on-Trent. Locally it is called simply Newcastle.';
		expect(placeNameOf(gazetteer, locally, 'Newcastle')).toBe('Newcastle under Lyme');
		// "hull" is an everyday word, set aside as one without the whole name before it
		const ferry = 'Kingston upon Hull is a port in the East Riding of Yorkshire. The ferry from Hull sails to Rotterdam every night.';
		expect(placeNameOf(gazetteer, ferry, 'Hull')).toBe('Kingston upon Hull');
	});

	it('is not the river the whole name ends in, nor a club or a place abroad', () => {
		const river = 'Stoke-on-Trent grew up along the Trent and Mersey Canal. Barges still carry goods along the Trent.';
		expect(placeNameOf(gazetteer, river, 'Stoke-on-Trent')).toBe('Stoke-on-Trent');
		expect(placeNameOf(gazetteer, river, 'Trent')).not.toBe('Stoke-on-Trent');
		const club = 'Newcastle-under-Lyme voted to leave. Newcastle United fans in Newcastle upon Tyne voted to stay.';
		expect(placeNameOf(gazetteer, club, 'Newcastle')).toBe('Newcastle upon Tyne');
		// one sentence naming both names names two places: a journey between them
		const match = 'Fans from Newcastle-under-Lyme travelled to Newcastle for the match against Sunderland.';
		expect(placeNameOf(gazetteer, match, 'Newcastle')).toBe('Newcastle upon Tyne');
		const australia = 'Newcastle-under-Lyme has a university at Keele. The coal port of Newcastle, New South Wales, has one too.';
		expect(placeOf(gazetteer, australia, 'Newcastle')).toBe('city AU/02');
	});
});
