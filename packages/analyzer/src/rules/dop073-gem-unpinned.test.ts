import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop073-gem-unpinned.js';

describe('DOP073 gem-unpinned', () => {
  it('fires on gems without versions', () => {
    expect(lint(rule, 'FROM ruby:3\nRUN gem install bundler rake')).toHaveLength(1);
  });

  it('does not fire with -v, name:version, local gems or variables', () => {
    for (const run of [
      'gem install bundler -v 2.5.22',
      'gem install bundler --version "~> 2.5"',
      'gem install bundler:2.5.22',
      'gem install ./pkg.gem',
      'gem install "$GEM"',
    ]) {
      expect(lint(rule, `FROM ruby:3\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM ruby:3\n# hadolint ignore=DL3028\nRUN gem install rake')).toEqual([]);
  });

  it('names the gems and reads ONBUILD and heredocs', () => {
    expect(lint(rule, 'FROM ruby:3\nRUN gem install bundler rake')[0]!.message.en).toBe(
      '`gem install` of bundler, rake without a version.',
    );
    expect(lint(rule, asOnbuild('FROM ruby:3\nRUN gem install rake'))).toHaveLength(1);
    expect(lint(rule, 'FROM ruby:3\nRUN <<EOF\ngem install rake\nEOF')).toHaveLength(1);
  });
});
