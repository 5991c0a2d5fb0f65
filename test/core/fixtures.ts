import categories from '../../data/reference/categories.json' with { type: 'json' };
import regions from '../../data/reference/regions.json' with { type: 'json' };
import oicMembers from '../../data/reference/oic-members.json' with { type: 'json' };
import types from '../../data/reference/target-types.json' with { type: 'json' };
import { editionSchema } from '../../src/core/edition.js';
import { createReference } from '../../src/core/reference.js';
import { EDITION_2024 } from '../helpers.js';

export const reference = createReference(categories, regions, { oicMembers, types });
export const edition = editionSchema.parse(EDITION_2024);
