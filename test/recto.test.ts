// The blank pages that open chapters on right-hand pages, planned from the pages a print gave.
import { describe, expect, it } from 'vitest';
import { rectoPlan } from '../src/core/recto.js';

const chapters = [
  { id: 'about', sections: [] },
  { id: 'trends', sections: [{ id: 'trends-1' }] },
  { id: 'annex', sections: [] },
];

describe('rectoPlan', () => {
  it('puts a blank page before each chapter that falls on an even page, counting the pages it adds', () => {
    // about on 3; trends on 4 (its section on 5); annex on 7, which the blank before trends moves to 8.
    const plan = rectoPlan(chapters, { about: 3, trends: 4, 'trends-1': 5, annex: 7 }, []);
    expect(plan.blanks).toEqual(['trends', 'annex']);
    expect(plan.pages).toEqual({ about: 3, trends: 5, 'trends-1': 6, annex: 9 });
  });

  it('is the same plan when made from the print that already has its blank pages', () => {
    const first = rectoPlan(chapters, { about: 3, trends: 4, 'trends-1': 5, annex: 7 }, []);
    const again = rectoPlan(chapters, first.pages, first.blanks);
    expect(again).toEqual(first);
  });

  it('drops a blank page a chapter no longer needs', () => {
    // A print with a blank before trends, whose chapter before it has since grown by a page: trends falls on 5
    // without it, and the annex, on 8 then, needs one instead.
    const plan = rectoPlan(chapters, { about: 3, trends: 6, 'trends-1': 6, annex: 9 }, ['trends']);
    expect(plan.blanks).toEqual(['annex']);
    expect(plan.pages).toEqual({ about: 3, trends: 5, 'trends-1': 5, annex: 9 });
  });
});

describe('rectoPlan, figures and tables', () => {
  it('moves a figure or table with the chapter it falls in, by that chapter\'s blank pages', () => {
    // A figure on 5 (in trends, which a blank moves by one), a table on 8 (in the annex, moved by two) and one on
    // 2, before any chapter: what the final print finds there, not the page of the print read.
    const plan = rectoPlan(chapters, { about: 3, trends: 4, 'trends-1': 5, annex: 7, 'figure-a': 5, 'table-b': 8, 'table-c': 2 }, []);
    expect(plan.pages).toMatchObject({ 'figure-a': 6, 'table-b': 10, 'table-c': 2 });
  });
});
