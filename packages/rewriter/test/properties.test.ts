/**
 * Property tests: on generated Dockerfiles the rewriter never throws and every invariant holds;
 * on arbitrary text neither the analyzer nor the rewriter throws, and no rule or step crashes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';
import { checkRewrite, crashesOn } from './invariants.js';

const image = fc.constantFrom(
  'debian:12-slim',
  'ubuntu:24.04',
  'alpine:3.20',
  'python:3.12',
  'python:3.12-slim',
  'node:22',
  'golang:1.22',
  'maven:3.9-eclipse-temurin-21',
  'rust:1.80',
  'ruby:3.3',
  'nginx',
  'python:latest',
  'mcr.microsoft.com/dotnet/sdk:8.0',
);
const packages = fc.uniqueArray(
  fc.constantFrom('curl', 'git', 'gcc', 'make', 'ca-certificates', 'python3', 'py3-pip', 'wget'),
  {
    minLength: 1,
    maxLength: 4,
  },
);
const instruction = fc.oneof(
  packages.map((p) => `RUN apt-get update && apt-get install ${p.join(' ')}`),
  fc.constant('RUN apt-get update'),
  packages.map((p) => `RUN apt-get install -y ${p.join(' \\\n    ')}`),
  packages.map((p) => `RUN apk add ${p.join(' ')}`),
  fc.constant('RUN pip install -r requirements.txt'),
  fc.constant('RUN pip install flask'),
  fc.constant('RUN npm ci'),
  fc.constant('RUN npm install && npm run build'),
  fc.constant('RUN go mod download'),
  fc.constant('RUN go build -o /out/app .'),
  fc.constant('RUN cd /src && make'),
  fc.constant('RUN chown -R 1000:1000 /app'),
  fc.constant('RUN rm -rf /tmp/*'),
  fc.constant('COPY . .'),
  fc.constant('COPY . /app'),
  fc.constant('COPY requirements.txt ./'),
  fc.constant('COPY package*.json ./'),
  fc.constant('ADD app.tar.gz /opt/'),
  fc.constant('ADD src /app/src'),
  fc.constantFrom('WORKDIR /app', 'WORKDIR /src', 'WORKDIR app'),
  fc.constantFrom('ENV A=1', 'ENV B 2', 'ENV PATH=/opt/bin:$PATH', 'ARG VERSION=1'),
  fc.constantFrom('EXPOSE 8080', 'EXPOSE 80/TCP'),
  fc.constantFrom('USER 1000', 'USER app', 'USER root'),
  fc.constantFrom('# a comment', ''),
  fc.constantFrom('MAINTAINER someone@example.com', 'LABEL a=b', 'HEALTHCHECK CMD curl -f http://localhost/'),
);
const tail = fc.constantFrom(
  'CMD ["python", "app.py"]',
  'CMD python app.py',
  'CMD ["/out/app"]',
  'ENTRYPOINT ["java", "-jar", "target/app.jar"]',
  'CMD ["node", "server.js"]',
  'CMD npm start',
  '',
);
const dockerfile = fc
  .tuple(
    fc.array(fc.tuple(image, fc.array(instruction, { maxLength: 10 })), { minLength: 1, maxLength: 3 }),
    tail,
  )
  .map(([stages, last]) => {
    const body = stages
      .map(([img, list], i) => [`FROM ${img}${i < stages.length - 1 ? ` AS s${i}` : ''}`, ...list].join('\n'))
      .join('\n\n');
    return `${body}\n${last}\n`;
  });

describe('properties', () => {
  it('keeps every invariant on generated Dockerfiles', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        const { violations } = checkRewrite(text);
        expect(violations).toEqual([]);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  }, 120_000);

  it('never throws or crashes a rule or step on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(crashesOn(text)).toEqual([]);
        const r = rewrite(text);
        expect(typeof r.output).toBe('string');
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('never throws or crashes a rule or step on Dockerfile-shaped noise', () => {
    const noisy = fc
      .array(
        fc.constantFrom(
          'FROM ',
          'RUN ',
          'COPY ',
          '<<EOF',
          'EOF',
          '\\',
          '\n',
          '"',
          "'",
          '$(',
          ')',
          '&&',
          '|',
          ' ',
          'a',
          '--mount=type=cache,target=/x ',
          '# escape=`',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(noisy, (text) => {
        expect(crashesOn(text)).toEqual([]);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
