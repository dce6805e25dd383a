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
});
