/** A link carries the sender's settings, the receiver sees them, and their own are not overwritten. */
import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink } from '../share/permalink';
import { createAppStore, DEFAULT_SETTINGS, initialState } from './store';

describe('settings in a permalink', () => {
  it('travel with the link and apply on the receiving page, marked as the link’s', () => {
    const a = createAppStore(initialState('en', 'FROM alpine:3.20\n', null));
    a.getState().setSettings({
      analyze: {
        disabledRules: ['DOP030'],
        severityOverrides: { DOP021: 'error' },
        trustedRegistries: ['ghcr.io'],
      },
      disabledTransforms: ['multi-stage'],
    });
    const hash = encodePermalink(a.getState().sharedState());
    const decoded = decodePermalink(hash);
    expect(decoded.ok).toBe(true);
    const b = createAppStore(initialState('en', '', null));
    b.getState().setSettings({ analyze: { disabledRules: ['DOP050'] }, disabledTransforms: [] });
    if (decoded.ok) b.getState().applyShared(decoded.state);
    expect(b.getState().settings).toEqual({
      analyze: {
        disabledRules: ['DOP030'],
        severityOverrides: { DOP021: 'error' },
        trustedRegistries: ['ghcr.io'],
      },
      disabledTransforms: ['multi-stage'],
    });
    expect(b.getState().settingsFrom).toBe('link');
    // a change the receiver makes is theirs again
    b.getState().setSettings(DEFAULT_SETTINGS);
    expect(b.getState().settingsFrom).toBe('own');
  });

  it('are left out of the link when they are the defaults, and a link without them keeps the receiver’s', () => {
    const a = createAppStore(initialState('en', 'FROM alpine:3.20\n', null));
    const decoded = decodePermalink(encodePermalink(a.getState().sharedState()));
    expect(decoded.ok && decoded.state.settings).toBe(undefined);
    const b = createAppStore(initialState('en', '', null));
    const own = { analyze: { disabledRules: ['DOP050'] }, disabledTransforms: [] };
    b.getState().setSettings(own);
    if (decoded.ok) b.getState().applyShared(decoded.state);
    expect(b.getState().settings).toEqual(own);
    expect(b.getState().settingsFrom).toBe('own');
  });

  it('refuse settings of the wrong shape', () => {
    const bad = encodePermalink({
      text: 'FROM x\n',
      settings: { severityOverrides: { DOP021: 'loud' } },
    } as never);
    const r = decodePermalink(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toContain('severityOverrides');
  });
});
