import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';
import { lastWriter, writesOf } from './writes.js';

const last = (text: string, path: string) => {
  const model = buildModel(text);
  const stage = model.stages.at(-1)!;
  const w = lastWriter(model, stage, stage.instructions.length, path);
  return w ? `${w.ins.keyword}:${w.by}` : null;
};

describe('model/writes: who last wrote a path', () => {
  it('sees COPY and ADD destinations, files and folders, relative to WORKDIR', () => {
    const run = 'FROM debian:12-slim\nRUN curl -o /tmp/x.tgz https://x/x.tgz\n';
    expect(last(run, '/tmp/x.tgz')).toBe('RUN:command');
    expect(last(`${run}COPY x.tgz /tmp/x.tgz\n`, '/tmp/x.tgz')).toBe('COPY:copy');
    expect(last(`${run}WORKDIR /tmp\nADD dl/ ./\n`, '/tmp/x.tgz')).toBe('ADD:copy');
    expect(last(`${run}COPY x.tgz /tmp/y.tgz\n`, '/tmp/x.tgz')).toBe('RUN:command');
  });

  it('knows the folders package managers fill, zypper included, and redirects', () => {
    expect(last('FROM opensuse/leap\nRUN zypper install -y curl\n', '/var/cache/zypp/packages')).toBe(
      'RUN:cache',
    );
    expect(last('FROM debian\nRUN apt-get update\n', '/var/lib/apt/lists')).toBe('RUN:cache');
    expect(last('FROM debian\nRUN echo hi > /etc/motd\n', '/etc/motd')).toBe('RUN:command');
    expect(last('FROM debian\nRUN cat /etc/motd\n', '/etc/motd')).toBeNull();
  });

  it('leaves out writes to places it cannot know', () => {
    const model = buildModel('FROM debian\nRUN cd /x && curl -o y https://x/y\nCOPY a $DEST\n');
    const [, run, copy] = model.stages[0]!.instructions;
    expect([run!.keyword, copy!.keyword]).toEqual(['RUN', 'COPY']);
    expect(writesOf(model, run!)).toEqual([]);
    expect(writesOf(model, copy!)).toEqual([]);
  });
});
