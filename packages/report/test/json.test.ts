import { analyze } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/json.js';

// DOP099: two RUNs in a row that could be one; the message names the other RUN's line.
const TEXT = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n';

describe('JSON output', () => {
  const findings = analyze(TEXT).findings;
  const doc = JSON.parse(
    formatJson([{ path: 'Dockerfile', text: TEXT, findings }], { lang: 'en', color: false, version: '1' }),
  );
  const out = doc.files[0].findings as { ruleId: string; related?: unknown[]; range: unknown }[];

  it('carries the other lines a finding names as related ranges, as the analyzer gives them', () => {
    const withRelated = findings.filter((f) => f.related?.length);
    expect(withRelated.length).toBeGreaterThan(0);
    for (const f of withRelated) {
      const shown = out.find(
        (o) => o.ruleId === f.ruleId && JSON.stringify(o.range) === JSON.stringify(f.range),
      );
      expect(shown?.related).toEqual(f.related);
    }
  });

  it('leaves the field out for findings that name no other line', () => {
    const plain = out.filter((o) => !findings.find((f) => f.ruleId === o.ruleId)?.related?.length);
    expect(plain.length).toBeGreaterThan(0);
    for (const o of plain) expect(o).not.toHaveProperty('related');
  });
});
