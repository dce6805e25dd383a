/**
 * Predict-then-reveal and exercise progress in the store and through a real permalink: a "predict"
 * slide opens hidden with its marks; a progress link shows the sender's progress without touching
 * the receiver's own.
 */
import { describe, expect, it } from 'vitest';
import { type SharedState, decodePermalink, encodePermalink } from '../share/permalink';
import { createAppStore, initialState, predicting } from '../store/store';
import { EXERCISES, mergeProgress, progressFromLink } from './exercises';
import { SEEDS } from './seeds';

const make = (text = 'FROM alpine:3.20\nCOPY . .\nRUN make\n') =>
  createAppStore(initialState('en', text, null));
const through = (state: SharedState) => {
  const r = decodePermalink(encodePermalink(state));
  if (!r.ok) throw new Error(r.detail);
  return r;
};

describe('predict-then-reveal in the store', () => {
  it('is off by default; on, it hides until revealed and marks toggle only before the reveal', () => {
    const store = make();
    expect(store.getState().predict).toEqual({ on: false, marks: [], revealed: false });
    store.getState().toggleMark(2);
    expect(store.getState().predict.marks).toEqual([]);
    store.getState().setTab('rewrite');
    store.getState().togglePredict();
    expect(predicting(store.getState())).toBe(true);
    // the class predicts where the lines are listed
    expect(store.getState().tab).toBe('findings');
    store.getState().toggleMark(3);
    store.getState().toggleMark(2);
    store.getState().toggleMark(3);
    store.getState().toggleMark(2.5);
    expect(store.getState().predict.marks).toEqual([2]);
    store.getState().setRevealed(true);
    expect(predicting(store.getState())).toBe(false);
    store.getState().toggleMark(1);
    expect(store.getState().predict.marks).toEqual([2]);
    store.getState().resetPrediction();
    expect(store.getState().predict).toEqual({ on: true, marks: [], revealed: false });
    store.getState().togglePredict();
    expect(store.getState().predict.on).toBe(false);
  });

  it('starts again on a new file, and on each version of a seed lesson; typing keeps the marks', () => {
    const store = make();
    store.getState().togglePredict();
    store.getState().toggleMark(2);
    store.getState().setText('FROM alpine:3.20\nCOPY . .\nRUN make\n# edited\n');
    expect(store.getState().predict.marks).toEqual([2]);
    store.getState().setText('FROM debian\n', 'python');
    expect(store.getState().predict).toEqual({ on: true, marks: [], revealed: false });

    const seed = SEEDS[0]!;
    store.getState().startLesson(seed.id);
    expect(store.getState().tab).toBe('findings');
    store.getState().receiveSteps({
      outputs: seed.steps.map((x) => x.text.en),
      metrics: seed.steps.map(() => ({ sizeMB: 1, rerunOnSource: 0, rebuiltMB: 0 })),
      steps: seed.steps.slice(1).map(() => ({ lesson: 'tidy', changes: [] })),
    });
    store.getState().toggleMark(3);
    store.getState().setRevealed(true);
    store.getState().setStep(1);
    expect(store.getState().text).toBe(seed.steps[1]!.text.en);
    expect(store.getState().predict).toEqual({ on: true, marks: [], revealed: false });
  });

  it('travels in the link: a prepared "predict" slide opens hidden, with its marks, on that lesson step', () => {
    const sender = make();
    sender.getState().togglePredict();
    sender.getState().toggleMark(3);
    sender.getState().toggleMark(2);
    const r = through(sender.getState().sharedState());
    expect(r.state.predict).toEqual({ marks: [2, 3] });
    const receiver = make('FROM scratch\n');
    receiver.getState().applyShared(r.state);
    expect(receiver.getState().predict).toEqual({ on: true, marks: [2, 3], revealed: false });
    expect(predicting(receiver.getState())).toBe(true);

    // the reveal slide
    sender.getState().setRevealed(true);
    receiver.getState().applyShared(through(sender.getState().sharedState()).state);
    expect(receiver.getState().predict.revealed).toBe(true);

    // a link without the mode turns it off, as presenter mode
    receiver.getState().applyShared({ text: 'FROM scratch\n' });
    expect(receiver.getState().predict.on).toBe(false);
    expect(make().getState().sharedState().predict).toBeUndefined();
  });
});

describe('exercise progress in a link', () => {
  const [a, b, c] = EXERCISES.map((e) => e.id);

  it('is carried only when shared on purpose, with the exercise open', () => {
    const store = make();
    expect(store.getState().sharedState().progress).toBeUndefined();
    store.getState().setText(EXERCISES[1]!.start.en, b!);
    const r = through(store.getState().sharedState({ progress: [c!, a!] }));
    expect(r.state.progress).toEqual({ done: [a, c].sort(), current: b });
  });

  it('opens beside the receiver’s own progress, with the sender’s exercise checked here', () => {
    const receiver = make();
    receiver.getState().applyShared({
      text: EXERCISES[1]!.start.en,
      view: 'practices',
      progress: { done: [a!, 'ex-from-a-later-version'], current: b! },
    });
    const s = receiver.getState();
    expect(s.linkProgress).toEqual({
      done: [a],
      current: b,
      unknown: 1,
      text: EXERCISES[1]!.start.en,
      hidden: false,
    });
    expect(s.exampleId).toBe(b);
    expect(s.tab).toBe('practices');
    // dismissed, it is hidden but still tells the sender's file from the receiver's own work
    receiver.getState().dismissLinkProgress();
    expect(receiver.getState().linkProgress).toMatchObject({ hidden: true, text: EXERCISES[1]!.start.en });
    // a later link without progress shows none
    receiver.getState().applyShared({ text: 'FROM scratch\n' });
    expect(receiver.getState().linkProgress).toBeNull();
  });

  it('is added to the receiver’s own only as a union: nothing of theirs is taken away', () => {
    expect(mergeProgress([c!], [a!, c!])).toEqual([a, c].sort());
    expect(mergeProgress([a!], [])).toEqual([a]);
    expect(mergeProgress([], ['nope'])).toEqual([]);
    expect(progressFromLink({ done: [a!, a!], current: 'nope' }, 'x')).toEqual({
      done: [a],
      current: null,
      unknown: 0,
      text: 'x',
    });
  });
});
