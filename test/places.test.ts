// The post's jurisdiction read from its title and body (table-driven), and namesake parties of different places kept apart.
import { describe, expect, it } from 'vitest';
import { BodyRegistry } from '../src/extract/bodies.js';
import { jurisdictionOf } from '../src/extract/places.js';

describe('the jurisdiction of a post', () => {
  it.each([
    // title's "of X"
    ['Party Secretary of Heilongjiang', "the Heilongjiang Provincial Committee of the Chinese Communist Party", 'Heilongjiang'],
    ['Governor of Liaoning', undefined, 'Liaoning'],
    ['List of lawmen and prime ministers of the Faroe Islands', undefined, 'Faroe Islands'],
    ['Premiers of Prince Edward Island', undefined, 'Prince Edward Island'],
    // through the words that only lead to the place
    ['List of heads of government of Bulgaria', undefined, 'Bulgaria'],
    ['List of heads of state of Burkina Faso', 'Burkina Faso', 'Burkina Faso'],
    ['List of rulers of the Yoruba state of Oyo', undefined, 'Oyo'],
    ['List of presidents of the National Assembly of France', undefined, 'France'],
    // a state whose name has its own "of"
    ['Premier of the Republic of China', 'the Executive Yuan', 'Republic of China'],
    ['President of the United States of America', undefined, 'United States of America'],
    // an organisation, not a place
    ['Secretary General of NATO', 'North Atlantic Treaty Organization', undefined],
    ['Secretary-General of the United Nations', 'United Nations', undefined],
    ['Chairman of the Chinese Communist Party', 'the Central Committee of the Chinese Communist Party', undefined],
    ['Commissioner of the State Taxation Administration', 'the State Taxation Administration', undefined],
    // no "of" in the title: the body's name
    ['Provincial Governor', "the Hebei Provincial People's Government", 'Hebei'],
    ['Mayor', 'Example City Council', 'Example'],
    ['Chief Executive', 'the Government of Hong Kong', 'Hong Kong'],
    ['Chief Secretary for Administration', undefined, undefined],
  ])('%s (body %s) → %s', (title, body, place) => {
    expect(jurisdictionOf(title, body)).toBe(place);
  });
});

describe('parties named by a Party column', () => {
  it('are scoped to the jurisdiction unless the article names them elsewhere', () => {
    const bodies = new BodyRegistry();
    bodies.setMain('the Heilongjiang Provincial Committee of the Chinese Communist Party', 3);
    bodies.party('Chinese Communist Party', 10);
    bodies.party('Democratic', 11);
    const scopes = Object.fromEntries(bodies.records('Heilongjiang').map((b) => [b.key, b.scope]));
    expect(scopes).toEqual({
      'Heilongjiang Provincial Committee of the Chinese Communist Party': undefined,
      'Chinese Communist Party': undefined,
      Democratic: 'Heilongjiang',
    });
  });
});
