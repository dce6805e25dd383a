import { buildModel } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { computeLayers, copySources } from '../src/layers.js';

const layers = (text: string) => computeLayers(buildModel(text));

describe('layer model', () => {
  it('marks everything after a source COPY as re-run on a source change', () => {
    const m = layers('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "x.js"]\n');
    const [from, workdir, copy, run] = m.stages[0]!.layers;
    expect(from!.rerunsOn).toEqual(['base']);
    expect(workdir!.rerunsOn).toEqual(['base']);
    expect(copy!.rerunsOn).toEqual(['source', 'manifest', 'base']);
    expect(run!.rerunsOn).toEqual(['source', 'manifest', 'base']);
    expect(run!.sizeClass).toBe('large');
    expect(m.rerunOnSourceChange).toBe(2);
    expect(m.runsRerunOnSourceChange).toBe(1);
  });

  it('keeps the install cached on a source change when manifests come first', () => {
    const m = layers(
      'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
    );
    const byKeyword = m.stages[0]!.layers.map((l) => [l.instruction, l.rerunsOn.join(',')]);
    expect(byKeyword[2]).toEqual(['COPY package.json package-lock.json ./', 'manifest,base']);
    expect(byKeyword[3]).toEqual(['RUN npm ci', 'manifest,base']);
    expect(byKeyword[4]).toEqual(['COPY . .', 'source,manifest,base']);
    expect(m.rerunOnSourceChange).toBe(2);
    expect(m.rerunOnManifestChange).toBe(4);
  });

  it('carries triggers across COPY --from and counts only the stages the final image needs', () => {
    const m = layers(
      'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app .\n\nFROM alpine:3.20 AS unused\nCOPY . .\nRUN true\n\nFROM scratch\nCOPY --from=build /app /app\n',
    );
    const final = m.stages[2]!;
    expect(final.layers[1]!.rerunsOn).toContain('source');
    // build: COPY + RUN, final: COPY --from; the unused stage is not built.
    expect(m.rerunOnSourceChange).toBe(3);
  });

  it('reads COPY sources from the model: here-document markers and bodies are not sources', () => {
    const [, copy, json] = buildModel(
      'FROM alpine\nCOPY <<EOF package.json /app/conf\nhello world\nEOF\nCOPY ["a b", "c", "/d/"]\n',
    ).instructions;
    expect(copySources(copy!)).toEqual(['package.json']);
    expect(copySources(json!)).toEqual(['a b', 'c']);
  });

  it('counts cargo chef cook as the fetch: the build after the source then fetches nothing', () => {
    const m = layers(
      [
        'FROM rust:1.80 AS chef',
        'RUN cargo install cargo-chef --locked',
        'WORKDIR /app',
        'FROM chef AS planner',
        'COPY . .',
        'RUN cargo chef prepare --recipe-path recipe.json',
        'FROM chef AS builder',
        'COPY --from=planner /app/recipe.json recipe.json',
        'RUN cargo chef cook --release --recipe-path recipe.json',
        'COPY . .',
        'RUN cargo build --release',
        '',
      ].join('\n'),
    );
    const builder = m.stages[2]!.layers;
    expect(builder.find((l) => l.instruction.startsWith('RUN cargo chef cook'))!.installs).toBe(true);
    expect(builder.find((l) => l.instruction === 'RUN cargo build --release')!.installs).toBe(false);
    expect(m.stages[1]!.layers.find((l) => l.instruction.includes('prepare'))!.installs).toBe(false);
  });

  it('counts the re-run RUNs that read nothing a re-running copy brought: they could run before the source', () => {
    const avoidable = (text: string) => layers(text).avoidableRunsRerunOnSourceChange;
    // an OS install after the whole context reads none of it; a copied script run, or the copied folder named, does
    const m = layers(
      'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y curl\nRUN ./install.sh\nRUN chown -R nobody /app\n',
    );
    expect(m.runsRerunOnSourceChange).toBe(3);
    expect(m.avoidableRunsRerunOnSourceChange).toBe(1);
    // a RUN before the source does not re-run, so it is not counted
    expect(avoidable('FROM debian:12\nRUN mkdir -p /data\nCOPY . /app\n')).toBe(0);
    // a program that may read anything (make) is never counted
    expect(avoidable('FROM debian:12\nCOPY . /app\nRUN make -C /opt\n')).toBe(0);
    // a copy into /etc lands where the installer reads its sources
    expect(avoidable('FROM debian:12\nCOPY sources.list /etc/apt/\nRUN apt-get update\n')).toBe(0);
    // a copy whose destination is not known (a variable) hides what a later RUN may read
    expect(avoidable('FROM debian:12\nARG D\nCOPY . $D\nRUN apt-get update\n')).toBe(0);
    // a manifest copied before the source does not re-run on a source edit: naming it is no read of the source
    expect(
      avoidable(
        'FROM debian:12\nCOPY package.json /app/\nCOPY src /app/src\nRUN chmod 600 /app/package.json\n',
      ),
    ).toBe(1);
    // a RUN with a bind mount of the context reads it
    expect(avoidable('FROM debian:12\nCOPY . /app\nRUN --mount=type=bind,target=/x apt-get update\n')).toBe(
      0,
    );
  });

  it('follows a re-running copy into the stages built from it and across COPY --from', () => {
    const avoidable = (text: string) => layers(text).avoidableRunsRerunOnSourceChange;
    // the child stage holds /app from its parent: naming it reads the source, an install does not
    const child = 'FROM debian:12 AS base\nCOPY . /app\nFROM base\n';
    expect(avoidable(`${child}RUN chmod -R 755 /app\n`)).toBe(0);
    expect(avoidable(`${child}RUN apt-get update\n`)).toBe(1);
    // a runtime stage: the binary copied from the build re-runs with it, a user added after reads none of it
    const runtime =
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /usr/local/bin/app\n';
    expect(avoidable(`${runtime}RUN adduser -D app\n`)).toBe(1);
    expect(avoidable(`${runtime}RUN chmod +x /usr/local/bin/app\n`)).toBe(0);
    // a copy into a folder of programs may stand in for the program a RUN runs by name
    expect(avoidable(`${runtime.replace('/usr/local/bin/app', '/usr/local/bin/')}RUN adduser -D app\n`)).toBe(
      0,
    );
  });
});
