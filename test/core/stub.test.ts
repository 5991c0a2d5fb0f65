import { describe, expect, it } from 'vitest';
import { isStub, STUB_MARKER, stubText } from '../../src/core/stub.js';

describe('stubs', () => {
  it('are recognised by their first line, whatever the editor’s tool adds, and only there', () => {
    const stub = stubText('other-trends', 'ar', 2025);
    expect(stub).toMatch(/^<!-- oic-report: stub -->\nWrite the other trends chapter of the 2025 edition here, in Arabic/);
    expect(isStub(stub)).toBe(true);
    expect(isStub(`\uFEFF  ${STUB_MARKER}\r\nText`)).toBe(true);
    expect(isStub(`Text\n${STUB_MARKER}\n`)).toBe(false);
    expect(isStub('<!-- a comment -->\nText')).toBe(false);
  });
});
