import { describe, expect, it } from 'vitest';
import { baseImageInfo } from './base-images.js';
import { aspnetTagForSdk, PINNED_TAGS, temurinJre, UNPINNABLE } from './image-tags.js';

describe('image tags the rewriter writes', () => {
  it('keeps only major.minor and the OS suffix of an SDK tag for the ASP.NET runtime', () => {
    expect(aspnetTagForSdk('8.0.404')).toBe('8.0');
    expect(aspnetTagForSdk('8.0')).toBe('8.0');
    expect(aspnetTagForSdk('9.0.100-alpine3.20')).toBe('9.0-alpine3.20');
    expect(aspnetTagForSdk('8.0-bookworm-slim')).toBe('8.0-bookworm-slim');
    expect(aspnetTagForSdk(null)).toBe('8.0');
    expect(aspnetTagForSdk('preview')).toBeNull();
  });

  it('has JRE images only for the majors eclipse-temurin publishes', () => {
    expect(temurinJre('21')).toBe('eclipse-temurin:21-jre');
    expect(temurinJre('8')).toBe('eclipse-temurin:8-jre');
    expect(temurinJre('22')).toBeNull();
  });

  it('never pins an image it says has no supported tag', () => {
    for (const name of Object.keys(UNPINNABLE)) expect(PINNED_TAGS[name], name).toBeUndefined();
    expect(PINNED_TAGS.centos).toBeUndefined();
  });

  it('names slim variants the way each image publishes them', () => {
    const slim = (name: string, tag: string) => baseImageInfo({ registry: null, name, tag })?.smaller?.image;
    expect(slim('node', '14-bullseye')).toBe('node:14-bullseye-slim');
    expect(slim('python', '3.12-bookworm')).toBe('python:3.12-slim-bookworm');
    expect(slim('python', '3.12')).toBe('python:3.12-slim');
    expect(slim('node', '20')).toBe('node:20-slim');
  });
});
