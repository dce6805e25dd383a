import { describe, expect, it } from 'vitest';
import { externallyManagedPython } from './externally-managed-python.js';

const of = (name: string, tag: string | null) => externallyManagedPython({ registry: null, name, tag });

describe('externally managed system Python (PEP 668)', () => {
  it('knows the releases that mark their Python', () => {
    expect(of('alpine', '3.20')).toBe(true);
    expect(of('alpine', '3.19')).toBe(true);
    expect(of('alpine', '3.18')).toBe(false);
    expect(of('alpine', '3.9')).toBe(false);
    expect(of('debian', '12-slim')).toBe(true);
    expect(of('debian', 'bookworm')).toBe(true);
    expect(of('debian', '11')).toBe(false);
    expect(of('ubuntu', '24.04')).toBe(true);
    expect(of('ubuntu', 'noble')).toBe(true);
    expect(of('ubuntu', '22.04')).toBe(false);
    expect(of('alpine', null)).toBe(true);
  });

  it('does not claim images it does not know, nor the official python image', () => {
    expect(of('python', '3.12')).toBeNull();
    expect(of('mycorp/alpine', '3.20')).toBeNull();
  });
});
