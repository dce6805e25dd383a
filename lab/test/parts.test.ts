/** The build lab's pure parts: reading BuildKit's log, FROM lines, copied paths, file edits, stand-in lookup. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingStep, parseSteps } from '../src/buildlog.js';
import { baseImages } from '../src/froms.js';
import { copiedPaths, stubContext } from '../src/goldens.js';
import { adjustForLab, editFile, frontendLimit } from '../src/measure.js';
import { loadSamples } from '../src/samples.js';
import { findStandIn, normalizeRef, notBuildableReason } from '../src/standins.js';

const LOG = `#1 [internal] load build definition from Dockerfile
#1 sha256:0d1f
#1 transferring dockerfile: 37B done
#1 DONE 0.0s

#4 [build 1/4] FROM docker.io/library/node:20
#4 DONE 0.0s

#5 [build 2/4] WORKDIR /app
#5 CACHED

#6 [build 3/4] COPY package.json ./
#6 CACHED

#7 [build 4/4] RUN npm ci
#7 CACHED

#8 [stage-1 2/3] COPY --from=build /app/node_modules ./node_modules
#8 CACHED

#9 [stage-1 3/3] COPY . .
#9 DONE 0.1s

#10 exporting to image
#10 DONE 0.1s
`;

const FAILED = `#6 [2/4] RUN apt-get install -y jq
#6 0.301 E: Unable to locate package jq
#6 ERROR: executor failed running [/bin/sh -c apt-get install -y jq]: exit code: 100
------
 > [2/4] RUN apt-get install -y jq:
------
error: failed to solve: rpc error: code = Unknown desc = executor failed running [/bin/sh -c apt-get install -y jq]: exit code: 100
`;

describe('BuildKit plain log', () => {
  it('counts the steps that ran and those from the cache, FROM and internal steps left out', () => {
    const steps = parseSteps(LOG);
    expect(steps.ran).toEqual(['[stage-1 3/3] COPY . .']);
    expect(steps.cached).toHaveLength(4);
  });

  it('names the failing step and the error', () => {
    expect(failingStep(FAILED)).toBe(
      '[2/4] RUN apt-get install -y jq: executor failed running [/bin/sh -c apt-get install -y jq]: exit code: 100 — it printed: E: Unable to locate package jq',
    );
  });
});

describe('base images of a Dockerfile', () => {
  it('skips stages and scratch, substitutes ARG defaults, keeps the order', () => {
    const df =
      'ARG V=20\nFROM node:${V} AS build\nRUN x\nFROM build AS test\nFROM scratch\nFROM --platform=linux/amd64 nginx:1.22\n';
    expect(baseImages(df)).toEqual(['node:20', 'nginx:1.22']);
  });
});

describe('copied paths', () => {
  it('lists COPY and ADD sources, not --from copies nor URLs, in both forms', () => {
    const df =
      'COPY --chown=1:1 package.json yarn.lock* ./\nCOPY --from=build /a /b\nADD https://x/y.tgz /tmp/\nCOPY ["src", "/app/src"]\nADD a.tar \\\n  /opt/\n';
    expect(copiedPaths(df)).toEqual(['package.json', 'yarn.lock*', 'src', 'a.tar']);
  });
});

describe('lab adjustments', () => {
  it('drops a syntax directive (no registry for the frontend image) and says so', () => {
    const r = adjustForLab('# syntax=docker/dockerfile:1\nFROM debian:bookworm\n');
    expect(r.text).toBe('FROM debian:bookworm\n');
    expect(r.adjustments).toHaveLength(1);
    expect(adjustForLab('FROM debian:bookworm\n').adjustments).toEqual([]);
  });

  it('reports heredocs as beyond the built-in frontend', () => {
    expect(frontendLimit('FROM debian\nRUN <<EOF\napt-get update\nEOF\n')).toMatch(/heredoc/);
    expect(frontendLimit('FROM debian\nCOPY <<-"END" /etc/x\nEND\n')).toMatch(/heredoc/);
    expect(frontendLimit('FROM debian\nRUN cat <<< "x"; echo $((1 << 2))\n')).toBeNull();
  });
});

describe('edits', () => {
  it('changes package.json as JSON and appends a comment elsewhere', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-edit-'));
    writeFileSync(path.join(dir, 'package.json'), '{"name":"a","dependencies":{"x":"1"}}');
    editFile(path.join(dir, 'package.json'), 'edited');
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({
      name: 'a',
      dependencies: { x: '1' },
      description: 'edited',
    });
    writeFileSync(path.join(dir, 'app.py'), 'print(1)\n');
    editFile(path.join(dir, 'app.py'), 'edited');
    expect(readFileSync(path.join(dir, 'app.py'), 'utf8')).toBe('print(1)\n\n# edited\n');
    expect(() => editFile(path.join(dir, 'x.unknown'), 'e')).toThrow(/does not know/);
  });

  it('edits composer.json as JSON, PHP with a line comment and a Gemfile by its name', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-edit-'));
    writeFileSync(path.join(dir, 'composer.json'), '{"autoload":{"psr-4":{"App\\\\":"src/"}}}');
    editFile(path.join(dir, 'composer.json'), 'edited');
    expect(JSON.parse(readFileSync(path.join(dir, 'composer.json'), 'utf8'))).toEqual({
      autoload: { 'psr-4': { 'App\\': 'src/' } },
      description: 'edited',
    });
    writeFileSync(path.join(dir, 'Greeting.php'), '<?php\necho 1;\n');
    editFile(path.join(dir, 'Greeting.php'), 'edited');
    expect(readFileSync(path.join(dir, 'Greeting.php'), 'utf8')).toBe('<?php\necho 1;\n\n// edited\n');
    writeFileSync(path.join(dir, 'Gemfile'), "source 'https://rubygems.org'\n");
    editFile(path.join(dir, 'Gemfile'), 'edited');
    expect(readFileSync(path.join(dir, 'Gemfile'), 'utf8')).toBe(
      "source 'https://rubygems.org'\n\n# edited\n",
    );
  });

  it('can edit every sample’s source and manifest file (a copy of it), so no run stops half-way', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-edit-'));
    for (const sample of loadSamples()) {
      for (const name of [sample.sourceEdit, sample.manifestEdit]) {
        if (name === null) continue;
        const copy = path.join(mkdtempSync(path.join(dir, `${sample.name}-`)), path.basename(name));
        writeFileSync(copy, readFileSync(path.join(sample.dir, name)));
        expect(() => editFile(copy, 'edited'), `${sample.name}: ${name}`).not.toThrow();
        expect(readFileSync(copy, 'utf8')).toContain('edited');
      }
    }
  });
});

describe('golden stub context', () => {
  it('keeps the golden’s own files and makes a dotless Gemfile a file that installs nothing', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lab-stub-'));
    const own = path.join(root, 'context');
    mkdirSync(own);
    writeFileSync(path.join(own, 'Gemfile'), "source 'https://rubygems.org'\nruby '>= 3.1'\n");
    const copy = 'FROM ruby:3.1\nCOPY Gemfile Gemfile.lock* ./\nCOPY config ./config\n';
    const withOwn = path.join(root, 'a');
    stubContext(withOwn, [copy], own);
    expect(readFileSync(path.join(withOwn, 'Gemfile'), 'utf8')).toContain("ruby '>= 3.1'");
    const bare = path.join(root, 'b');
    stubContext(bare, [copy]);
    expect(readFileSync(path.join(bare, 'Gemfile'), 'utf8')).toBe("source 'https://rubygems.org'\n");
    expect(existsSync(path.join(bare, 'config', 'placeholder.txt'))).toBe(true);
  });
});

describe('stand-ins', () => {
  it('answers the tags it stands in for, with docker.io and default tags normalized', () => {
    expect(normalizeRef('docker.io/library/nginx')).toBe('nginx:latest');
    expect(findStandIn('docker.io/library/node:20-slim')?.tags).toContain('node:20-slim');
    expect(findStandIn('gcr.io/distroless/static-debian12')?.tags[0]).toBe(
      'gcr.io/distroless/static-debian12',
    );
    expect(findStandIn('alpine:3.20')).toBeUndefined();
    expect(notBuildableReason('alpine:3.20')).toMatch(/Alpine/);
    expect(findStandIn('python:3.12-slim')).toBeUndefined();
  });

  it('makes PHP 8.2 and Composer 2 only: a stand-in is tagged with the version it really has', () => {
    expect(findStandIn('php:8.2-apache')?.differs).toMatch(/Debian's PHP 8\.2/);
    expect(findStandIn('composer:2')?.differs).toMatch(/Composer 2\.5/);
    expect(findStandIn('php:8.3-apache')).toBeUndefined();
    expect(findStandIn('php:8.2-fpm')).toBeUndefined();
    expect(findStandIn('composer:latest')).toBeUndefined();
    expect(notBuildableReason('php:8.3-apache')).toMatch(/only php:8\.2-apache/);
    expect(notBuildableReason('composer:2.7')).toMatch(/only composer:2/);
  });

  it('makes Ruby 3.1, full and slim (what the rewrite of ruby:3.1 runs on), and no other Ruby', () => {
    expect(findStandIn('ruby:3.1')?.differs).toMatch(/Ruby 3\.1\.2/);
    expect(findStandIn('ruby:3.1-slim')?.recipe).toMatchObject({ base: 'debian:bookworm-slim' });
    expect(findStandIn('ruby:3.3')).toBeUndefined();
    expect(notBuildableReason('ruby:3.3-slim')).toMatch(/only Ruby 3\.1/);
  });
});
