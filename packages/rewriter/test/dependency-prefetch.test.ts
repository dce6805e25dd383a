import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const prefetches = (text: string) => rewrite(text).changes.some((c) => c.transform === 'dependency-prefetch');

describe('dependency-prefetch', () => {
  it('fetches Cargo dependencies before the source in a plain build', () => {
    expect(prefetches('FROM rust:1 AS build\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n')).toBe(
      true,
    );
  });

  it('leaves a stage whose dependencies the author already builds before the source (cargo chef)', () => {
    const chef = [
      'FROM rust:1 AS chef',
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
    ].join('\n');
    expect(prefetches(chef)).toBe(false);
  });

  it('fetches between the manifest COPY and the source COPY when the file copies them apart', () => {
    const split =
      'FROM maven:3-eclipse-temurin-21 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn package -DskipTests\n';
    const r = rewrite(split);
    expect(r.output).toContain('COPY pom.xml .\nRUN mvn -B dependency:go-offline\nCOPY src ./src\n');
    expect(r.changes.find((c) => c.transform === 'dependency-prefetch')!.risk).toBe('review');
    expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
    expect(r.layers.before.installsRerunOnSourceChange).toBe(1);
  });

  it('leaves a split copy whose build runs a wrapper the manifests did not bring, or fetches already', () => {
    expect(
      prefetches(
        'FROM eclipse-temurin:21\nWORKDIR /app\nCOPY build.gradle .\nCOPY src ./src\nRUN ./gradlew build\n',
      ),
    ).toBe(false);
    expect(
      prefetches(
        'FROM maven:3\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY src ./src\nRUN mvn package\n',
      ),
    ).toBe(false);
    // the manifests land elsewhere than where the build runs
    expect(
      prefetches('FROM maven:3\nWORKDIR /app\nCOPY pom.xml /tmp/\nCOPY src ./src\nRUN mvn package\n'),
    ).toBe(false);
  });
});
