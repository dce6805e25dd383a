import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BROKEN, MISSING_YES, tree } from './fixtures.js';
import { dop } from './run.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);

/** Two files with findings (one fixable), one clean-ish, one that does not parse. */
function project() {
  return tree({
    Dockerfile: MISSING_YES,
    'api/Dockerfile': 'FROM debian:12-slim\nRUN apt-get install git && \\\n    apt-get install make\n',
    'broken/Dockerfile': BROKEN,
  });
}

describe('output formats', () => {
  it('sarif: valid against the SARIF 2.1.0 schema, with rules, regions, fixes and fingerprints', () => {
    const r = dop(['lint', '--format', 'sarif', '.'], { cwd: project() });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    // The published schema has a pattern that is only valid without the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const run = log.runs[0];
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain('DOP050');
    const results = run.results;
    expect(results.length).toBeGreaterThanOrEqual(4);
    for (const res of results) {
      expect(ruleIds[res.ruleIndex]).toBe(res.ruleId);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).not.toMatch(/^\//); // relative to the repository root
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.partialFingerprints['dop/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const yes = results.find((x: { ruleId: string }) => x.ruleId === 'DOP050');
    expect(yes.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(' -y');
    expect(results.some((x: { ruleId: string }) => x.ruleId === 'DOP001')).toBe(true);
  });

  it('sarif: the other Dockerfile lines a finding names are related locations in the same file', () => {
    const dir = tree({ Dockerfile: 'FROM debian:12-slim\nRUN echo a\nRUN echo b\n' });
    const log = JSON.parse(dop(['lint', '--format', 'sarif', 'Dockerfile'], { cwd: dir }).stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const joined = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'DOP099');
    expect(joined.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(joined.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 11 },
        },
      },
    ]);
  });

  it('json: every finding with both languages, ranges and the summary', () => {
    const r = dop(['lint', '--format', 'json', '.'], { cwd: project() });
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual([
      'Dockerfile',
      'api/Dockerfile',
      'broken/Dockerfile',
    ]);
    const f = doc.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'DOP050');
    expect(f.range.start).toEqual({ line: 2, column: 23 });
    expect(f.messages.ko).toMatch(/[가-힣]/);
    expect(doc.summary.files).toBe(3);
    expect(doc.summary.total).toBe(
      doc.files.reduce((n: number, x: { findings: unknown[] }) => n + x.findings.length, 0),
    );
  });

  it('checkstyle: well-formed XML with one <file> per input and one <error> per finding', () => {
    const r = dop(['lint', '--format', 'checkstyle', '.'], { cwd: project() });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'file' || name === 'error',
    }).parse(r.stdout);
    const files = doc.checkstyle.file;
    expect(files.map((f: Record<string, string>) => f['@_name'])).toEqual([
      'Dockerfile',
      'api/Dockerfile',
      'broken/Dockerfile',
    ]);
    const json = JSON.parse(dop(['lint', '--format', 'json', '.'], { cwd: project() }).stdout);
    expect(files[1].error).toHaveLength(json.files[1].findings.length);
    expect(files[0].error.some((e: Record<string, string>) => e['@_source'] === 'dop.DOP050')).toBe(true);
  });

  it('checkstyle: escapes quotes, ampersands and angle brackets in messages and paths', () => {
    const dir = tree({ 'a&b<c>"d\'.Dockerfile': MISSING_YES });
    const r = dop(['lint', '--format', 'checkstyle', '.'], { cwd: dir });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'file' }).parse(r.stdout);
    expect(doc.checkstyle.file[0]['@_name']).toBe('a&b<c>"d\'.Dockerfile');
  });

  it('github: one workflow command per finding, in the runner grammar', () => {
    const r = dop(['lint', '--format', 'github', '.'], { cwd: project() });
    const lines = r.stdout.trim().split('\n');
    const json = JSON.parse(dop(['lint', '--format', 'json', '.'], { cwd: project() }).stdout);
    expect(lines).toHaveLength(json.summary.total);
    for (const line of lines) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=DOP\d{3} [a-z0-9-]+::[^\n]+$/,
      );
    }
    expect(lines.some((l) => l.startsWith('::warning file=Dockerfile,line=2,col=23'))).toBe(true);
  });

  it('gitlab: a Code Quality array with unique fingerprints and the required fields', () => {
    const r = dop(['lint', '--format', 'gitlab', '.'], { cwd: project() });
    const issues = JSON.parse(r.stdout);
    expect(Array.isArray(issues)).toBe(true);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const i of issues) {
      expect(typeof i.description).toBe('string');
      expect(i.check_name).toMatch(/^DOP\d{3}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(typeof i.location.path).toBe('string');
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    const prints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
