import { describe, expect, it } from 'vitest';
import { pathPattern } from './paths.js';

describe('pathPattern: a COPY source pattern as Docker matches it', () => {
  it('a star stays within one path part, a question mark is one character', () => {
    expect(pathPattern('*.py').test('app.py')).toBe(true);
    expect(pathPattern('*.py').test('src/app.py')).toBe(false);
    expect(pathPattern('package*.json').test('package-lock.json')).toBe(true);
    expect(pathPattern('go.su?').test('go.sum')).toBe(true);
    expect(pathPattern('go.su?').test('go.su')).toBe(false);
  });

  it('reads a class and its negation; other regex characters are literal', () => {
    expect(pathPattern('[Dd]ockerfile').test('dockerfile')).toBe(true);
    expect(pathPattern('[!D]ockerfile').test('Dockerfile')).toBe(false);
    expect(pathPattern('[^D]ockerfile').test('xockerfile')).toBe(true);
    expect(pathPattern('a+b(1).txt').test('a+b(1).txt')).toBe(true);
    expect(pathPattern('a.txt').test('abtxt')).toBe(false);
  });

  it('takes an unclosed bracket literally instead of throwing', () => {
    expect(() => pathPattern('a[b')).not.toThrow();
    expect(pathPattern('a[b').test('a[b')).toBe(true);
  });
});
