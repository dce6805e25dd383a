import { describe, expect, it } from 'vitest';
import { servedSite } from '../src/recipes/static-output.js';

describe('the folder a static server serves', () => {
  it('skips the options that take a value (`serve -l 3000 build`)', () => {
    expect(servedSite(['serve', '-l', '3000', '-s', 'build'], undefined)).toEqual({
      dir: 'build',
      spa: 'serve -s',
      from: undefined,
    });
    expect(servedSite(['npx', 'http-server', '-p', '8080', 'dist'], undefined)).toMatchObject({
      dir: 'dist',
    });
  });

  it('takes http-server’s -s as silent, not as a single-page option', () => {
    expect(servedSite(['http-server', '-s', 'public'], undefined)).toMatchObject({
      dir: 'public',
      spa: null,
    });
  });

  it('is unknown when only options are given', () => {
    expect(servedSite(['serve', '-l', '3000'], undefined)).toBe('unknown');
  });
});
