import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop097-copy-then-delete.js';

describe('DOP097 copy-then-delete', () => {
  it('fires on deleting copied files in a later RUN', () => {
    expect(lint(rule, 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN rm -rf docs tests')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nCOPY docs/ /app/docs/\nRUN rm -rf /app/docs')).toHaveLength(1);
    expect(
      lint(rule, 'FROM debian:12\nCOPY app.tgz /tmp/app.tgz\nRUN tar -xzf /tmp/app.tgz && rm /tmp/app.tgz'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nADD --chown=1:1 . /srv\nRUN rm -rf /srv/.git')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nCOPY --from=build /out /app\nRUN rm -rf /app/*.map')).toHaveLength(1);
    // the teaching note's example: no WORKDIR, so COPY . . copies to /
    expect(lint(rule, 'FROM diamol/base\nCOPY . .\nRUN rm -rf docs')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN rm -rf docs'))).toHaveLength(1);
  });

  it('names the path and the COPY line', () => {
    const [f] = lint(rule, 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN rm -rf docs');
    expect(f?.message.en).toContain('`rm docs`');
    expect(f?.message.en).toContain('line 3');
  });

  it('does not fire on other paths, other stages or unknown paths', () => {
    expect(lint(rule, 'FROM debian:12\nCOPY . /app\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(lint(rule, 'FROM debian:12 AS a\nCOPY . /app\nFROM debian:12\nRUN rm -rf /app/docs')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN rm -rf /app/docs\nCOPY . /app')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . /app\nRUN rm -rf $DOCS')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . /app\nRUN cd /tmp && rm -rf docs')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . /\nRUN rm -rf /tmp/x')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . .\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([]);
    // a folder the RUN made itself (a dependency-only build's stub source)
    expect(
      lint(
        rule,
        "FROM rust:1\nWORKDIR /app\nCOPY . .\nRUN mkdir -p src && echo 'fn main() {}' > src/main.rs && rm -r src",
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . $APP\nRUN rm -rf /app/x')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(
      lint(rule, 'FROM debian:12\nWORKDIR /app\nCOPY . .\n# dop ignore=DOP097\nRUN rm -rf docs'),
    ).toEqual([]);
  });
});

describe('DOP097 and a COPY of named files', () => {
  it('does not take a path beside the named files for one of them', () => {
    const text =
      "FROM rust:1.80\nWORKDIR /app\nCOPY Cargo.toml Cargo.lock ./\nRUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release && rm -rf src target/release/deps/app-*\n";
    expect(lint(rule, text)).toHaveLength(0);
  });

  it('still fires on one of the named files, or the folder holding them', () => {
    expect(
      lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY config.json .npmrc ./\nRUN rm config.json'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM node:22\nCOPY settings.yaml /etc/app/settings.yaml\nRUN rm -rf /etc/app'),
    ).toHaveLength(1);
  });
});
