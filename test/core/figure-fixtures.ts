// Hand-checked incidents for the figures and charts tests: small enough to count on paper.
import { editionSchema } from '../../src/core/edition.js';
import { EDITION_2024, row } from '../helpers.js';
import { handIncidents } from './fixtures.js';

// Eight hand-checked incidents: 5 negative (FR 2, DE 1, US 1, IN 1), 3 positive (FR 1, CA 1, ZA 1).
// Target types: mosque 2 and individual 1 (negative), community 1 (positive); the other four rows leave it empty.
export const incidents = handIncidents([
    row({ id: '1', date: '2024-01-05', country: 'FR', category: 'mosque', target_type: 'mosque' }),
    row({ id: '2', date: '2024-01-20', country: 'FRA', category: 'hijab', target_type: 'individual' }),
    row({ id: '3', date: '2024-03-01', country: 'DE', category: 'mosque', target_type: 'mosque' }),
    row({ id: '4', date: '2024-03-31', country: 'US', category: 'online_hate' }),
    row({ id: '5', date: '2024-12-31', country: 'IN', category: 'assault' }),
    row({ id: '6', date: '2024-01-10', country: 'FR', polarity: 'positive', category: 'court_decision' }),
    row({ id: '7', date: '2024-06-15', country: 'CA', polarity: 'positive', category: 'interfaith', target_type: 'community' }),
    row({ id: '8', date: '2024-06-16', country: 'ZA', polarity: 'positive', category: 'interfaith' }),
  ]);

// The previous edition, a period that is not a calendar year (Dec 2022 – Jan 2024: 14 months), so the
// month-by-month comparison has more months than this edition. 4 negative (FR 3, US 1), 1 positive (FR).
export const previousEdition = editionSchema.parse({ ...EDITION_2024, year: 2023, number: 16, period: { start: '2022-12-01', end: '2024-01-31' } });
export const previousIncidents = handIncidents([
    row({ id: 'p1', date: '2022-12-24', country: 'FR', category: 'mosque' }),
    row({ id: 'p2', date: '2023-01-02', country: 'FR', category: 'mosque' }),
    row({ id: 'p3', date: '2023-01-30', country: 'FR', category: 'discrimination' }),
    row({ id: 'p4', date: '2024-01-31', country: 'US', category: 'hate_speech' }),
    row({ id: 'p5', date: '2023-05-05', country: 'FR', polarity: 'positive', category: 'interfaith' }),
  ], previousEdition, 'previous.csv');

