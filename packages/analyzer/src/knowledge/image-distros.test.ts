import { describe, expect, it } from 'vitest';
import { debianReleaseOf, rustDebianRelease } from './image-distros.js';

const node = (tag: string | null) => ({ registry: null, name: 'node', tag });

describe('debianReleaseOf', () => {
  it('reads the release a tag names', () => {
    expect(debianReleaseOf(node('22-bookworm'))).toBe('bookworm');
    expect(debianReleaseOf(node('24-trixie-slim'))).toBe('trixie');
    expect(debianReleaseOf(node('14-bullseye'))).toBe('bullseye');
  });
  it('knows only the lines whose unsuffixed tags stayed on one release', () => {
    expect(debianReleaseOf(node('20'))).toBe('bookworm');
    expect(debianReleaseOf(node('20.11.1-slim'))).toBe('bookworm');
    expect(debianReleaseOf(node('22'))).toBeNull();
    expect(debianReleaseOf(node('latest'))).toBeNull();
    expect(debianReleaseOf(node(null))).toBeNull();
  });
  it('says nothing for Alpine tags or other images', () => {
    expect(debianReleaseOf(node('20-alpine'))).toBeNull();
    expect(debianReleaseOf({ registry: null, name: 'python', tag: '3.12-bookworm' })).toBeNull();
  });
});

describe('rustDebianRelease', () => {
  it('reads the release a tag names, and bookworm for versions up to 1.88', () => {
    expect(rustDebianRelease('1.85-bullseye')).toBe('bullseye');
    expect(rustDebianRelease('1.90-trixie')).toBe('trixie');
    expect(rustDebianRelease('1.80')).toBe('bookworm');
    expect(rustDebianRelease('1.88.0-slim')).toBe('bookworm');
  });
  it('says nothing for later versions, latest or Alpine', () => {
    expect(rustDebianRelease('1.89')).toBeNull();
    expect(rustDebianRelease(null)).toBeNull();
    expect(rustDebianRelease('latest')).toBeNull();
    expect(rustDebianRelease('1.80-alpine')).toBeNull();
  });
});
