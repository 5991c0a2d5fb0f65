import categories from '../../data/reference/categories.json' with { type: 'json' };
import regions from '../../data/reference/regions.json' with { type: 'json' };
import oicMembers from '../../data/reference/oic-members.json' with { type: 'json' };
import types from '../../data/reference/target-types.json' with { type: 'json' };
import countryNames from '../../data/reference/country-names.json' with { type: 'json' };
import { editionSchema, type Edition } from '../../src/core/edition.js';
import type { Incident } from '../../src/core/incident.js';
import { createReference } from '../../src/core/reference.js';
import { validateIncidents } from '../../src/core/validate.js';
import { EDITION_2024, type Row } from '../helpers.js';

export const reference = createReference(categories, regions, { oicMembers, types, countryNames });
export const edition = editionSchema.parse(EDITION_2024);

/** Hand-written rows, numbered as lines 2, 3… of a file, validated into incidents (rows with errors are dropped). */
export function handIncidents(rows: Row[], of: Edition = edition, file = 'hand.csv'): Incident[] {
  const source = rows.map((cells, i) => ({ line: i + 2, cells: cells as Record<string, string> }));
  return validateIncidents(file, source, of, reference).incidents;
}
