import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CHAT_SAFE_CHARS,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  type SharedState,
  decodePermalink,
  encodePermalink,
  isLongForChat,
  parseHash,
  permalinkUrl,
} from './permalink';

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const linkOf = (value: unknown) => `#v1/${b64url(deflateSync(strToU8(JSON.stringify(value))))}`;

describe('permalink codec', () => {
  it('round-trips a state with options, language and view', () => {
    const state: SharedState = {
      text: 'FROM alpine:3.20\nRUN apk add curl\n# 한국어 주석 ✓\n',
      lang: 'ko',
      rejectedChanges: ['multi-stage:1', 'exec-form:7'],
      multiStage: false,
      runtimeUid: 1000,
      view: 'rewrite',
    };
    const hash = encodePermalink(state);
    expect(hash.startsWith('#v2/')).toBe(true);
    const back = decodePermalink(hash);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.state.text).toBe(state.text);
      expect(back.state.lang).toBe('ko');
      expect([...(back.state.rejectedChanges ?? [])].sort()).toEqual([...state.rejectedChanges!].sort());
      expect(back.state.multiStage).toBe(false);
      expect(back.state.runtimeUid).toBe(1000);
      expect(back.state.view).toBe('rewrite');
    }
  });

  it('equal states give equal links (defaults dropped)', () => {
    const a = encodePermalink({
      text: 'FROM x',
      view: 'findings',
      rejectedChanges: [],
      multiStage: true,
      runtimeUid: 10001,
    });
    const b = encodePermalink({ text: 'FROM x' });
    expect(a).toBe(b);
  });

  it('uses only URL-safe characters', () => {
    const hash = encodePermalink({ text: 'FROM scratch\n'.repeat(200) + '\u0000\uffff' });
    expect(hash).toMatch(/^#v2\/[A-Za-z0-9_-]+$/);
  });

  it('rejects corrupt input without throwing', () => {
    const good = encodePermalink({ text: 'FROM node:22\nRUN npm ci\n' });
    for (const bad of ['#v1/!!!!', '#v1/A', `${good.slice(0, good.length - 6)}`, '#v1/', '#v1/AAAAAAAA']) {
      const r = decodePermalink(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['corrupt', 'invalid-state']).toContain(r.error);
    }
  });

  it('rejects a link that is not JSON inside', () => {
    const r = decodePermalink(`#v1/${b64url(deflateSync(strToU8('not json')))}`);
    expect(r).toMatchObject({ ok: false, error: 'corrupt' });
  });

  it('rejects an oversized link before decoding it', () => {
    const r = decodePermalink(`#v1/${'A'.repeat(MAX_LINK_CHARS + 1)}`);
    expect(r).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('stops inflating a zip bomb at the limit', () => {
    const bomb = linkOf({ text: 'x'.repeat(MAX_INFLATED_BYTES + 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodePermalink(bomb)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('refuses other versions and non-permalinks', () => {
    expect(decodePermalink('#v3/abc')).toMatchObject({ ok: false, error: 'unknown-version' });
    expect(decodePermalink('#hello')).toMatchObject({ ok: false, error: 'not-a-permalink' });
  });

  it('checks the schema', () => {
    const cases: unknown[] = [
      [],
      'text',
      { text: 42 },
      { text: 'FROM x', lang: 'fr' },
      { text: 'FROM x', view: 'secret' },
      { text: 'FROM x', runtimeUid: -1 },
      { text: 'FROM x', runtimeUid: 1.5 },
      { text: 'FROM x', multiStage: 'yes' },
      { text: 'FROM x', rejectedChanges: [1, 2] },
      { text: 'FROM x', extra: true },
    ];
    for (const c of cases) {
      expect(decodePermalink(linkOf(c)), JSON.stringify(c)).toMatchObject({
        ok: false,
        error: 'invalid-state',
      });
    }
  });

  it('warns about links too long for chat tools', () => {
    expect(isLongForChat(encodePermalink({ text: 'FROM alpine:3.20\n' }))).toBe(false);
    let text = '';
    for (let i = 0; i < 3000; i++) text += `RUN echo ${Math.random().toString(36)}\n`;
    expect(encodePermalink({ text }).length).toBeGreaterThan(CHAT_SAFE_CHARS);
    expect(isLongForChat(encodePermalink({ text }))).toBe(true);
  });
});

describe('parseHash', () => {
  it('recognises rule and practice pages, permalinks and nothing', () => {
    expect(parseHash('')).toEqual({ kind: 'none' });
    expect(parseHash('#')).toEqual({ kind: 'none' });
    expect(parseHash('#rule/DOP050')).toEqual({ kind: 'rule', id: 'DOP050' });
    expect(parseHash('#practice/P05')).toEqual({ kind: 'practice', id: 'P05' });
    const link = parseHash(encodePermalink({ text: 'FROM x' }));
    expect(link.kind).toBe('permalink');
    expect(parseHash('#rule/<script>').kind).toBe('none');
    expect(parseHash('#results').kind).toBe('none');
    expect(parseHash('#v1/%%%').kind).toBe('permalink');
  });

  it('builds a full URL', () => {
    expect(permalinkUrl('http://127.0.0.1:4173/', { text: 'FROM x' })).toMatch(
      /^http:\/\/127\.0\.0\.1:4173\/#v2\//,
    );
  });
});
