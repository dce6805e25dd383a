import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop053-update-without-install.js';

describe('DOP053 update-without-install', () => {
  it('fires on a RUN that only refreshes the index', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3\nRUN apk update')).toHaveLength(1);
  });

  it('does not fire when the same RUN installs or upgrades', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk update && apk add curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y')).toEqual([]);
  });

  it('honours the Trivy id', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update', { disabledRules: ['AVD-DS-0017'] })).toEqual([]);
  });
});
