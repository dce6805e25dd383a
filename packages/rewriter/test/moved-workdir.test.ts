import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const single = (text: string) => rewrite(text, { multiStage: false }).output;

describe('a WORKDIR after the source COPY, set above the manifests instead', () => {
  it('moves it (with its comment) when dependencies-before-source installs first', () => {
    const text = [
      'FROM node:22-slim',
      'COPY . /app',
      '# the app lives here',
      'WORKDIR /app',
      'RUN npm ci',
      'CMD ["node", "index.js"]',
      '',
    ].join('\n');
    const out = single(text);
    expect(out).toContain('# the app lives here\nWORKDIR /app\nCOPY package.json');
    expect(out.match(/^WORKDIR/gm)).toHaveLength(1);
    expect(out).toMatch(/COPY \. \/app\nCMD/);
  });

  it('moves it when the build fetches its own dependencies (dependency-prefetch)', () => {
    const text = [
      'FROM golang:1.22',
      'COPY . /src',
      'WORKDIR /src',
      'RUN go build -o /usr/local/bin/api .',
      'CMD ["api"]',
      '',
    ].join('\n');
    const out = single(text);
    expect(out).toContain(
      'WORKDIR /src\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . /src\nRUN go build',
    );
    expect(out.match(/^WORKDIR/gm)).toHaveLength(1);
  });

  it('keeps a second WORKDIR a step before it runs in', () => {
    const text = [
      'FROM golang:1.22',
      'WORKDIR /',
      'COPY . /src',
      'WORKDIR /tmp',
      'WORKDIR /src',
      'RUN go build -o /usr/local/bin/api .',
      'CMD ["api"]',
      '',
    ].join('\n');
    const out = single(text);
    expect(out.match(/^WORKDIR \/src$/gm)).toHaveLength(2);
  });

  it('fetches nothing first when the set WORKDIR would move a relative copy or a step before it', () => {
    // `WORKDIR /app` above `COPY . app` would land the source in /app/app
    const relative = [
      'FROM golang:1.22',
      'WORKDIR /',
      'COPY . app',
      'WORKDIR /app',
      'RUN go build -o /bin/x',
      '',
    ];
    expect(single(relative.join('\n'))).not.toContain('go mod download');
    // `RUN ./configure` ran in / before the build's WORKDIR
    const step = [
      'FROM golang:1.22',
      'WORKDIR /',
      'COPY . /app',
      'RUN ./app/configure',
      'WORKDIR /app',
      'RUN go build -o /bin/x',
      '',
    ];
    expect(single(step.join('\n'))).not.toContain('go mod download');
  });
});
