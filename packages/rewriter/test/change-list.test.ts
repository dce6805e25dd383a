/**
 * The change list describes the output as it is: a change whose lines a later change rewrote
 * points at where its words went, or is folded into the later change — never at deleted lines.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const slices = (output: string, id: string, changes: ReturnType<typeof rewrite>['changes']) =>
  changes.find((c) => c.id === id)!.outputRanges.map((r) => output.slice(r.span.start, r.span.end));

describe('change list after later changes', () => {
  it('follows an edit into the RUN that later joined it', () => {
    const text =
      'FROM debian:12-slim\nRUN curl -o /tmp/a.tgz https://x/a.tgz\nRUN apt-get install -y tar && tar -xzf /tmp/a.tgz -C /opt\nRUN rm -rf /tmp/a.tgz\n';
    const r = rewrite(text);
    expect(r.output).not.toContain('\nRUN apt-get');
    expect(slices(r.output, 'no-install-recommends:3', r.changes)).toEqual([' --no-install-recommends']);
    expect(slices(r.output, 'package-cache-clean:3', r.changes)).toEqual([' && rm -rf /var/lib/apt/lists/*']);
  });

  it('follows an edit into the stage a split wrote', () => {
    const text =
      'FROM python:3.12\nRUN apt-get update && apt-get install -y gcc libpq-dev\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    const r = rewrite(text);
    expect(r.changes.some((c) => c.transform === 'multi-stage')).toBe(true);
    expect(slices(r.output, 'package-cache-off:5', r.changes).join('')).toContain('--no-cache-dir');
  });

  it('never leaves a change that inserted words pointing at an empty range', () => {
    for (const text of [
      'FROM debian:12-slim\nRUN curl -o /tmp/a.tgz https://x/a.tgz\nRUN apt-get install -y tar && tar -xzf /tmp/a.tgz -C /opt\nRUN rm -rf /tmp/a.tgz\n',
      'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install && npm run build\nRUN npm install -g serve\nEXPOSE 3000\nCMD ["serve", "-s", "build"]\n',
    ]) {
      const r = rewrite(text);
      for (const c of r.changes) {
        const inserted = c.outputRanges.some((o) => o.span.end > o.span.start);
        const shown = c.outputRanges.map((o) => r.output.slice(o.span.start, o.span.end)).join('');
        if (inserted) expect(shown.trim().length, c.id).toBeGreaterThan(0);
      }
    }
  });
});
