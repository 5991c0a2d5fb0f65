// Parsers of the arguments several commands share, each failing with a usage error that says what to type.
import { EXIT, UserError } from '../errors.js';

/** An edition's year, the name of its folder under data/. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new UserError(`"${value}" is not an edition year`, EXIT.usage, 'Name the edition by its year, e.g. 2024.');
  }
  return Number(value);
}
