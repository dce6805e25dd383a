/** The panel's learned facts: code spans become <code> elements, the user's text stays text. */
import { learnFromContext } from '@dop/analyzer';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LearnedFacts } from './LearnedFacts';

const html = (files: Record<string, string>, lang: 'en' | 'ko') => {
  const learned = learnFromContext({ files: Object.keys(files), texts: files });
  const facts = learned.find((l) => l.file === 'package.json')?.facts ?? [];
  return renderToStaticMarkup(createElement(LearnedFacts, { facts, lang }));
};

describe('what was learned from a project file, shown', () => {
  const files = {
    'package.json': JSON.stringify({ scripts: { start: 'node server.js' } }),
    'package-lock.json': '{}',
  };

  it('renders code spans as <code>, without the backticks, in English and Korean', () => {
    expect(html(files, 'en')).toBe(
      'start script <code>node server.js</code>, lock file <code>package-lock.json</code> present',
    );
    expect(html(files, 'ko')).toBe(
      '시작 스크립트 <code>node server.js</code>, 잠금 파일 <code>package-lock.json</code> 있음',
    );
  });

  it('keeps markup in the user’s files as text', () => {
    const hostile = {
      'package.json': JSON.stringify({ scripts: { start: '<img src=x onerror=alert(1)>' } }),
    };
    const out = html(hostile, 'en');
    expect(out).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(out).not.toContain('<img');
  });
});
