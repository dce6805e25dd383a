import { describe, expect, it } from 'vitest';
import { readCommandLine, wholeNumber } from './command-line.js';

const OPTIONS = {
  passes: { type: 'string', default: '7' },
  alloc: { type: 'boolean', default: false },
  sample: { type: 'string', multiple: true },
} as const;

describe('the scripts’ command line', () => {
  it('reads the options given, with their defaults', () => {
    expect(readCommandLine(['--alloc', '--sample', 'a', '--sample', 'b'], OPTIONS)).toEqual({
      kind: 'ok',
      values: { passes: '7', alloc: true, sample: ['a', 'b'] },
    });
  });

  it('asks for the usage on --help or -h, wherever it stands', () => {
    expect(readCommandLine(['--alloc', '--help'], OPTIONS).kind).toBe('help');
    expect(readCommandLine(['-h'], OPTIONS).kind).toBe('help');
  });

  it('names a mistyped option instead of throwing', () => {
    expect(readCommandLine(['--pases', '3'], OPTIONS)).toEqual({
      kind: 'error',
      message: expect.stringContaining("'--pases'"),
    });
    expect(readCommandLine(['stray'], OPTIONS)).toMatchObject({ kind: 'error' });
  });

  it('takes whole numbers only, and says what it was given instead', () => {
    expect(wholeNumber('12', '--passes')).toBe(12);
    expect(wholeNumber('0', '--slowest', 0)).toBe(0);
    expect(wholeNumber('0', '--passes')).toBe('--passes takes a whole number of at least 1, not "0"');
    expect(wholeNumber('x', '--passes')).toMatch(/not "x"/);
    expect(wholeNumber('1.5', '--passes')).toMatch(/not "1.5"/);
    expect(wholeNumber('', '--passes')).toMatch(/not ""/);
  });
});
