import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';

const pins = (text: string) =>
  rewrite(text, { multiStage: false }).changes.filter((c) => c.transform === 'pin-base-tag');

describe('pin-base-tag', () => {
  it('pins latest and untagged well-known images, as a review change naming the tag', () => {
    const r = rewrite('FROM node:latest\nCMD ["node", "a.js"]\n', { multiStage: false });
    expect(r.output).toBe('FROM node:22\nCMD ["node", "a.js"]\n');
    const c = pins('FROM python\nCMD ["python"]\n')[0]!;
    expect(c.risk).toBe('review');
    expect(c.title.en).toContain('python:3.13');
    expect(rewrite('FROM mcr.microsoft.com/dotnet/sdk AS b\nRUN x\n').output).toContain(
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS b',
    );
  });

  it('leaves tagged, digested, unknown, variable and stage bases alone', () => {
    for (const from of ['node:20', 'node@sha256:abc', 'example.com/team/app', '${BASE}', 'scratch']) {
      expect(pins(`ARG BASE=node\nFROM ${from}\nRUN x\n`), from).toEqual([]);
    }
    expect(pins('FROM node:22 AS a\nFROM a\nRUN x\n')).toEqual([]);
  });
});
