import { analyze, baseImageInfo } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';

const tableMB = (image: string) => {
  const stage = analyze(`FROM ${image}\n`).model.stages[0]!;
  return baseImageInfo(stage.image)!.variant.size.uncompressedMb;
};

describe('size estimate', () => {
  it('counts the base image from the table plus the layers', () => {
    const r = rewrite('FROM python:3.12-slim\nCOPY app.py /app/app.py\nCMD ["python", "/app/app.py"]\n', {
      multiStage: false,
    });
    expect(r.size.beforeMB).toBeGreaterThanOrEqual(tableMB('python:3.12-slim'));
    expect(r.size.beforeMB).toBeLessThan(tableMB('python:3.12-slim') + 10);
  });

  it('a Go build stage copied out as one binary leaves the toolchain behind', () => {
    const text =
      'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/server .\nCMD ["/out/server"]\n';
    const r = rewrite(text);
    expect(r.output).toMatch(/COPY --from=\S+ \/out\/server/);
    expect(r.size.beforeMB).toBeGreaterThanOrEqual(tableMB('golang:1.23'));
    expect(r.size.afterMB).toBeLessThan(r.size.beforeMB / 4);
  });

  it('copying the build stage’s app folder carries its dependency install', () => {
    const text =
      'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n';
    const r = rewrite(text);
    const runtime = r.layers.after.stages.find((s) => s.isFinal)!;
    const copy = runtime.layers.find((l) => l.instruction.startsWith('COPY --from='))!;
    const install = r.layers.before.stages[0]!.layers.find((l) => l.instruction.startsWith('RUN npm ci'))!;
    expect(copy.estimatedMB).toBeGreaterThanOrEqual(install.estimatedMB);
    // Smaller only by the base: node:22 → node:22-slim.
    const saved = r.size.beforeMB - r.size.afterMB;
    expect(saved).toBeGreaterThan(0);
    expect(Math.abs(saved - (tableMB('node:22') - tableMB('node:22-slim')))).toBeLessThan(50);
  });

  it('says which base images it could not size', () => {
    const r = rewrite('FROM registry.example.com/team/base:7\nCMD ["true"]\n');
    expect(r.size.assumptions.map((a) => a.en).join('\n')).toContain('registry.example.com/team/base:7');
  });
});
