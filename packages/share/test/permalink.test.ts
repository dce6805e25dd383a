import fc from 'fast-check';
import { Deflate, deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodePermalink,
  encodePermalink,
  fromBase64Url,
  isLongForChat,
  MAX_INFLATED_BYTES,
  type SharedState,
  TEACHING_LINK_LIMITS,
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
            cacheMounts: fc.boolean(),
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
          expect(decoded.state.cacheMounts ?? false).toBe(state.cacheMounts ?? false);
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
    expect(a).toMatch(/^#v2\/[A-Za-z0-9_-]+$/);
    expect(encodePermalink({ text: '한국어 주석\n' })).toMatch(/^#v2\/[A-Za-z0-9_-]+$/);
  });

  it('flags links too long for chat tools', () => {
    expect(isLongForChat(encodePermalink({ text: 'FROM alpine\n' }))).toBe(false);
    const noisy = Array.from({ length: 3000 }, (_, i) => `RUN echo ${(i * 7919) % 104729}`).join('\n');
    expect(isLongForChat(encodePermalink({ text: noisy }))).toBe(true);
  });

  it('refuses what is not a permalink, or another version', () => {
    expect(decodePermalink('')).toMatchObject({ ok: false, error: 'not-a-permalink' });
    expect(decodePermalink('#section-2')).toMatchObject({ ok: false, error: 'not-a-permalink' });
    expect(decodePermalink('#v3/abc')).toMatchObject({ ok: false, error: 'unknown-version' });
  });

  it('refuses corrupt links: bad characters, cut short, altered', () => {
    const good = encodePermalink({ text: 'FROM python:3.12-slim\nRUN pip install flask\n' });
    expect(decodePermalink(`${good}*`)).toMatchObject({ ok: false, error: 'corrupt' });
    expect(decodePermalink(good.slice(0, good.length - 12))).toMatchObject({ ok: false, error: 'corrupt' });
    const flipped = `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`;
    expect(decodePermalink(flipped).ok).toBe(false);
    expect(decodePermalink(link('not json'))).toMatchObject({ ok: false, error: 'corrupt' });
  });

  it('refuses a link with any character changed (checksum), with a clear message', () => {
    const good = encodePermalink({
      text: 'FROM node:22 as build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n',
      view: 'rewrite',
    });
    expect(good.startsWith('#v2/')).toBe(true);
    const body = good.slice(4);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < body.length; i++) {
      const c = alphabet[(alphabet.indexOf(body[i]!) + 17) % 64]!;
      const r = decodePermalink(`#v2/${body.slice(0, i)}${c}${body.slice(i + 1)}`);
      // The last character may carry only padding bits; then the bytes, and the state, are the same.
      if (r.ok) expect(r.state).toEqual((decodePermalink(good) as { state: SharedState }).state);
      else expect(r.error).toBe('corrupt');
    }
    // Three characters changed in the middle, as in the report that asked for the check.
    const mid = Math.floor(body.length / 2);
    const three = `#v2/${body.slice(0, mid)}${body.slice(mid, mid + 3) === 'AAA' ? 'BBB' : 'AAA'}${body.slice(mid + 3)}`;
    const r = decodePermalink(three);
    expect(r).toMatchObject({ ok: false, error: 'corrupt' });
    if (!r.ok && /checksum/.test(r.detail)) expect(r.detail).toMatch(/changed or damaged/);
  });

  it('still opens links made before the checksum (v1), and refuses a damaged one whose text is not UTF-8', () => {
    const old = link(JSON.stringify({ text: 'FROM alpine:3.20\n', lang: 'ko' }));
    expect(decodePermalink(old)).toEqual({ ok: true, state: { text: 'FROM alpine:3.20\n', lang: 'ko' } });
    const bad = new Uint8Array([...strToU8('{"text":"FROM a'), 0xff, 0xfe, ...strToU8('"}')]);
    expect(decodePermalink(`#v1/${toBase64Url(deflateSync(bad))}`)).toMatchObject({
      ok: false,
      error: 'corrupt',
    });
  });

  it('refuses a link that inflates to many times the limit, stopping at the limit', () => {
    // 16 MB of zeros deflates to about 16 KB: built in steps, so the test itself stays small.
    const parts: Uint8Array[] = [];
    const d = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
    const zeros = new Uint8Array(1024 * 1024);
    d.push(strToU8('{"text":"'));
    for (let i = 0; i < 16; i++) d.push(zeros);
    d.push(strToU8('"}'), true);
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const withSum = new Uint8Array(4 + bytes.length);
    withSum.set(bytes, 4);
    for (const hash of [`#v1/${toBase64Url(bytes)}`, `#v2/${toBase64Url(withSum)}`])
      expect(decodePermalink(hash)).toMatchObject({ ok: false, error: 'too-large' });
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
      '{"text": "x", "cacheMounts": 1}',
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

describe('settings in a link', () => {
  it('round-trip, sorted, defaults dropped', () => {
    const hash = encodePermalink({
      text: 'FROM x\n',
      settings: {
        disabledRules: ['DOP050', 'DL3008'],
        severityOverrides: { DOP021: 'error' },
        enabledRules: [],
      },
    });
    const r = decodePermalink(hash);
    expect(r.ok && r.state.settings).toEqual({
      disabledRules: ['DL3008', 'DOP050'],
      severityOverrides: { DOP021: 'error' },
    });
    expect(encodePermalink({ text: 'FROM x\n', settings: {} })).toBe(encodePermalink({ text: 'FROM x\n' }));
  });

  it('are refused when they are not the keys of .dop.yaml or their values are off', () => {
    for (const settings of [
      { runAs: 'root' },
      { disabledRules: 'DOP050' },
      { severityOverrides: { DOP021: 'loud' } },
      { requiredLabels: { 'org.opencontainers.image.source': 'anything' } },
      { trustedRegistries: ['x'.repeat(300)] },
    ]) {
      const r = decodePermalink(link(JSON.stringify({ text: 'FROM x\n', settings })));
      expect(r.ok, JSON.stringify(settings)).toBe(false);
      if (!r.ok) expect(r.error).toBe('invalid-state');
    }
  });
});

describe('the build context in a link', () => {
  it('opens links made before the field existed, and round-trips one that has it', () => {
    const old = encodePermalink({ text: 'FROM debian:12\n', lang: 'ko' });
    const r = decodePermalink(old.slice(1));
    expect(r.ok && r.state.context).toBe(undefined);
    const withContext = encodePermalink({
      text: 'FROM node:22\n',
      context: {
        files: ['package.json', '.npmrc'],
        texts: { 'package.json': '{}' },
        omitted: { secrets: ['.npmrc'] },
      },
    });
    const back = decodePermalink(withContext.slice(1));
    expect(back.ok && back.state.context).toEqual({
      files: ['package.json', '.npmrc'],
      texts: { 'package.json': '{}' },
      omitted: { secrets: ['.npmrc'] },
    });
  });

  it('refuses a context over the bounds', () => {
    const big = encodePermalink({
      text: 'x',
      context: { files: ['a'], texts: { a: 'y'.repeat(16 * 1024 + 1) } },
    });
    const r = decodePermalink(big.slice(1));
    expect(r.ok).toBe(false);
    const many = encodePermalink({
      text: 'x',
      context: { files: Array.from({ length: 2001 }, (_, i) => `f${i}`), texts: {} },
    });
    expect(decodePermalink(many.slice(1)).ok).toBe(false);
  });
});

describe('teaching fields in a link (predict-then-reveal, exercise progress)', () => {
  /** A link made before these fields existed (the encoder of that time). */
  const OLD =
    '#v2/FruSdqtWKkmtKFGyUnIL8vdVSMwpyMxLtTLWMzKIyXP2D4hU0FPQi8lT0lHKScxLB6rKzgeyyzJTy4HsnMTK1KJipVoA';

  it('open links made before them, with no predict and no progress', () => {
    const r = decodePermalink(OLD);
    expect(r).toEqual({
      ok: true,
      state: { text: 'FROM alpine:3.20\nCOPY . .\n', lang: 'ko', view: 'layers' },
    });
    expect(r.ok && 'ignored' in r).toBe(false);
  });

  it('round-trip the marks (sorted, once each), revealed, and an empty predict slide', () => {
    const r = decodePermalink(encodePermalink({ text: 'x', predict: { marks: [5, 2, 5], revealed: true } }));
    expect(r.ok && r.state.predict).toEqual({ marks: [2, 5], revealed: true });
    // an instructor's "predict" slide: the mode on, nothing marked yet
    const slide = decodePermalink(encodePermalink({ text: 'x', predict: {} }));
    expect(slide.ok && slide.state.predict).toEqual({});
    expect(encodePermalink({ text: 'x', predict: { marks: [], revealed: false } })).toBe(
      encodePermalink({ text: 'x', predict: {} }),
    );
    expect(decodePermalink(encodePermalink({ text: 'x' }))).toEqual({ ok: true, state: { text: 'x' } });
  });

  it('round-trip the progress, sorted, with the exercise open', () => {
    const r = decodePermalink(
      encodePermalink({ text: 'x', progress: { done: ['ex-b', 'ex-a', 'ex-b'], current: 'ex-c' } }),
    );
    expect(r.ok && r.state.progress).toEqual({ done: ['ex-a', 'ex-b'], current: 'ex-c' });
  });

  it('leave out a damaged predict or progress, say why, and open the rest of the link', () => {
    const cases: Array<[string, 'predict' | 'progress', RegExp]> = [
      ['{"text":"FROM a\\n","predict":{"marks":["1"]}}', 'predict', /line numbers/],
      ['{"text":"FROM a\\n","predict":{"marks":[0]}}', 'predict', /line numbers/],
      ['{"text":"FROM a\\n","predict":{"marks":[1.5]}}', 'predict', /line numbers/],
      ['{"text":"FROM a\\n","predict":{"revealed":"yes"}}', 'predict', /revealed/],
      ['{"text":"FROM a\\n","predict":[1,2]}', 'predict', /object/],
      ['{"text":"FROM a\\n","predict":{"marks":[1],"evil":1}}', 'predict', /unknown/],
      ['{"text":"FROM a\\n","progress":{"done":"ex-a"}}', 'progress', /exercise ids/],
      ['{"text":"FROM a\\n","progress":{"done":["../../x"]}}', 'progress', /exercise ids/],
      ['{"text":"FROM a\\n","progress":{"done":[],"current":7}}', 'progress', /current/],
      ['{"text":"FROM a\\n","progress":null}', 'progress', /object/],
    ];
    for (const [json, field, why] of cases) {
      const r = decodePermalink(link(json));
      expect(r.ok, json).toBe(true);
      if (!r.ok) continue;
      expect(r.state, json).toEqual({ text: 'FROM a\n' });
      expect(r.ignored, json).toEqual([{ field, detail: expect.stringMatching(why) }]);
    }
    // both damaged: both said; the other fields kept
    const both = decodePermalink(link('{"text":"y","view":"practices","predict":3,"progress":{"done":[1]}}'));
    expect(both.ok && both.state).toEqual({ text: 'y', view: 'practices' });
    expect(both.ok && both.ignored?.map((x) => x.field)).toEqual(['predict', 'progress']);
  });

  it('bound their sizes: more marks or exercises than a link may carry are left out', () => {
    const manyMarks = Array.from({ length: TEACHING_LINK_LIMITS.marks + 1 }, (_, i) => i + 1);
    const r = decodePermalink(link(JSON.stringify({ text: 'x', predict: { marks: manyMarks } })));
    expect(r.ok && r.ignored?.[0]?.field).toBe('predict');
    const atLimit = decodePermalink(
      link(JSON.stringify({ text: 'x', predict: { marks: manyMarks.slice(1) } })),
    );
    expect(atLimit.ok && atLimit.state.predict?.marks?.length).toBe(TEACHING_LINK_LIMITS.marks);
    const far = decodePermalink(
      link(JSON.stringify({ text: 'x', predict: { marks: [TEACHING_LINK_LIMITS.line + 1] } })),
    );
    expect(far.ok && far.ignored?.[0]?.field).toBe('predict');
    const done = Array.from({ length: TEACHING_LINK_LIMITS.exercises + 1 }, (_, i) => `ex-${i}`);
    const p = decodePermalink(link(JSON.stringify({ text: 'x', progress: { done } })));
    expect(p.ok && p.ignored?.[0]?.field).toBe('progress');
    const long = decodePermalink(link(JSON.stringify({ text: 'x', progress: { done: ['a'.repeat(81)] } })));
    expect(long.ok && long.ignored?.[0]?.field).toBe('progress');
  });

  it('still refuse a link whose other fields are damaged', () => {
    const r = decodePermalink(link('{"text":"x","predict":{},"view":"admin"}'));
    expect(r).toMatchObject({ ok: false, error: 'invalid-state' });
  });
});
