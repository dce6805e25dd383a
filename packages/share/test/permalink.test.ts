import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodePermalink,
  encodePermalink,
  fromBase64Url,
  isLongForChat,
  MAX_INFLATED_BYTES,
  type SharedState,
  toBase64Url,
} from '../src/permalink.js';

const link = (json: string) => `#v1/${toBase64Url(deflateSync(strToU8(json)))}`;

describe('permalinks', () => {
  it('round-trip any Dockerfile text and options', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            text: fc.string({ unit: 'grapheme', maxLength: 400 }),
            lang: fc.constantFrom('en' as const, 'ko' as const),
            rejectedChanges: fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
            multiStage: fc.boolean(),
            runtimeUid: fc.integer({ min: 0, max: 65535 }),
            view: fc.constantFrom('findings' as const, 'rewrite' as const, 'layers' as const),
          },
          { requiredKeys: ['text'] },
        ),
        (state: SharedState) => {
          const decoded = decodePermalink(encodePermalink(state));
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.state.text).toBe(state.text);
          expect(decoded.state.lang).toBe(state.lang);
          expect([...(decoded.state.rejectedChanges ?? [])]).toEqual(
            [...(state.rejectedChanges ?? [])].sort(),
          );
          expect(decoded.state.multiStage ?? true).toBe(state.multiStage ?? true);
          expect(decoded.state.runtimeUid ?? 10001).toBe(state.runtimeUid ?? 10001);
          expect(decoded.state.view ?? 'findings').toBe(state.view ?? 'findings');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives equal links for equal states and uses only URL-safe characters', () => {
    const a = encodePermalink({ text: 'FROM alpine\n', rejectedChanges: ['b', 'a'], runtimeUid: 10001 });
    const b = encodePermalink({ text: 'FROM alpine\n', rejectedChanges: ['a', 'b'] });
    expect(a).toBe(b);
    expect(a).toMatch(/^#v1\/[A-Za-z0-9_-]+$/);
    expect(encodePermalink({ text: '한국어 주석\n' })).toMatch(/^#v1\/[A-Za-z0-9_-]+$/);
  });

  it('flags links too long for chat tools', () => {
    expect(isLongForChat(encodePermalink({ text: 'FROM alpine\n' }))).toBe(false);
    const noisy = Array.from({ length: 3000 }, (_, i) => `RUN echo ${(i * 7919) % 104729}`).join('\n');
    expect(isLongForChat(encodePermalink({ text: noisy }))).toBe(true);
  });

  it('refuses what is not a permalink, or another version', () => {
    expect(decodePermalink('')).toMatchObject({ ok: false, error: 'not-a-permalink' });
    expect(decodePermalink('#section-2')).toMatchObject({ ok: false, error: 'not-a-permalink' });
    expect(decodePermalink('#v2/abc')).toMatchObject({ ok: false, error: 'unknown-version' });
  });

  it('refuses corrupt links: bad characters, cut short, altered', () => {
    const good = encodePermalink({ text: 'FROM python:3.12-slim\nRUN pip install flask\n' });
    expect(decodePermalink(`${good}*`)).toMatchObject({ ok: false, error: 'corrupt' });
    expect(decodePermalink(good.slice(0, good.length - 12))).toMatchObject({ ok: false, error: 'corrupt' });
    const flipped = `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`;
    expect(decodePermalink(flipped).ok).toBe(false);
    expect(decodePermalink(link('not json'))).toMatchObject({ ok: false, error: 'corrupt' });
  });

  it('stops a zip bomb at the inflated-size limit and refuses overlong links', () => {
    const bomb = link(JSON.stringify({ text: 'a'.repeat(MAX_INFLATED_BYTES + 10) }));
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodePermalink(bomb)).toMatchObject({ ok: false, error: 'too-large' });
    expect(decodePermalink(`#v1/${'A'.repeat(1_000_001)}`)).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('refuses states of the wrong shape', () => {
    const bad = [
      '[]',
      '{"text": 3}',
      '{"text": "x", "lang": "fr"}',
      '{"text": "x", "evil": true}',
      '{"text": "x", "rejectedChanges": [1]}',
      '{"text": "x", "runtimeUid": -1}',
      '{"text": "x", "view": "admin"}',
      '{"text": "x", "multiStage": "yes"}',
    ];
    for (const json of bad)
      expect(decodePermalink(link(json)), json).toMatchObject({ ok: false, error: 'invalid-state' });
  });

  it('base64url round-trips every byte length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
      }),
    );
  });
});
