import type { Change } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink } from '../share/permalink';
import { DEFAULT_CHOICES, createAppStore, initialState } from './store';

const make = () => createAppStore(initialState('en', 'FROM alpine:3.20\n', 'python'));
const change = (id: string): Change => ({
  id,
  transform: id.split(':')[0]!,
  title: { en: id, ko: id },
  explanation: { en: '', ko: '' },
  practices: [],
  resolves: [],
  sourceRanges: [],
  outputRanges: [],
  risk: 'safe',
});

describe('app store', () => {
  it('starts on the findings tab with default choices', () => {
    const s = make().getState();
    expect(s.tab).toBe('findings');
    expect(s.choices).toEqual(DEFAULT_CHOICES);
    expect(s.status).toBe('idle');
  });

  it('toggles a change on and off', () => {
    const store = make();
    store.getState().toggleChange('multi-stage:1');
    expect(store.getState().choices.rejectedChanges).toEqual(['multi-stage:1']);
    store.getState().toggleChange('multi-stage:1');
    expect(store.getState().choices.rejectedChanges).toEqual([]);
  });

  it('loading an example clears toggles; typing keeps them', () => {
    const store = make();
    store.getState().toggleChange('a:1');
    store.getState().setText('FROM alpine:3.21\n');
    expect(store.getState().choices.rejectedChanges).toEqual(['a:1']);
    store.getState().setText('FROM node:22\n', 'node');
    expect(store.getState().choices.rejectedChanges).toEqual([]);
    expect(store.getState().exampleId).toBe('node');
  });

  it('keeps a selection only while it still exists', () => {
    const store = make();
    store.getState().selectChange('b:2');
    store.getState().receiveAnalysis({
      text: 'FROM x',
      findings: [],
      suppressed: 0,
      rewrite: null,
      allChanges: [change('a:1')],
      timings: { analyzeMs: 1, rewriteMs: 1 },
    });
    expect(store.getState().selectedChange).toBeNull();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().analyzedText).toBe('FROM x');
  });

  it('a failed analysis clears the results', () => {
    const store = make();
    store.getState().receiveAnalysis({
      text: 'FROM x',
      findings: [],
      suppressed: 0,
      rewrite: null,
      allChanges: [change('a:1')],
      timings: { analyzeMs: 1, rewriteMs: 1 },
    });
    store.getState().failAnalysis('too-large');
    expect(store.getState().status).toBe('too-large');
    expect(store.getState().allChanges).toEqual([]);
    expect(store.getState().analyzedText).toBeNull();
  });

  it('round-trips through a permalink', () => {
    const a = make();
    a.getState().setText('FROM node:22\nRUN npm install\n');
    a.getState().toggleChange('multi-stage:1');
    a.getState().setLang('ko');
    a.getState().setTab('rewrite');
    a.getState().setChoices({ runtimeUid: 1000, cacheMounts: true });
    const decoded = decodePermalink(encodePermalink(a.getState().sharedState()));
    expect(decoded.ok).toBe(true);
    const b = createAppStore(initialState('en', '', null));
    if (decoded.ok) b.getState().applyShared(decoded.state);
    const s = b.getState();
    expect(s.text).toBe('FROM node:22\nRUN npm install\n');
    // the receiver's interface stays in their language (the page offers the sender's)
    expect(s.lang).toBe('en');
    expect(s.tab).toBe('rewrite');
    expect(s.choices).toEqual({
      rejectedChanges: ['multi-stage:1'],
      multiStage: true,
      runtimeUid: 1000,
      cacheMounts: true,
    });
    // a link without the field (older, or the default) opens with cache mounts off
    b.getState().applyShared({ text: 'FROM x' });
    expect(b.getState().choices.cacheMounts).toBe(false);
  });

  it('steps through changes within bounds', () => {
    const store = make();
    store.getState().startWorkshop();
    expect(store.getState().workshop).toMatchObject({ active: true, loading: true });
    expect(store.getState().tab).toBe('rewrite');
    const metric = { sizeMB: 1, rerunOnSource: 1, rebuiltMB: 1 };
    store.getState().receiveSteps({
      outputs: ['a', 'b', 'c'],
      metrics: [metric, metric, metric],
      steps: [
        { lesson: 'cache', changes: [change('x:1')] },
        { lesson: 'tidy', changes: [change('y:2')] },
      ],
    });
    store.getState().setStep(5);
    expect(store.getState().workshop.step).toBe(2);
    store.getState().setStep(-1);
    expect(store.getState().workshop.step).toBe(0);
    store.getState().stopWorkshop();
    expect(store.getState().workshop.active).toBe(false);
  });

  it('shows a rule page by id or slug', () => {
    const store = make();
    store.getState().setRules([
      {
        id: 'DOP050',
        slug: 'apt-get-missing-yes',
        title: { en: '', ko: '' },
        severity: 'warning',
        practices: ['P01'],
        aka: {},
        fixable: 'safe',
        explanation: { en: '', ko: '' },
        examples: { bad: '', badLines: [], onbuild: 'same', good: '' },
      },
    ]);
    store.getState().showRule('apt-get-missing-yes');
    expect(store.getState()).toMatchObject({
      tab: 'practices',
      selectedRule: 'DOP050',
      selectedPractice: 'P01',
    });
  });
});
