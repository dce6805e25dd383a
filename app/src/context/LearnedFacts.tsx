/**
 * What was learned from one project file, as the panel shows it: the phrases joined with commas,
 * each one's `code spans` as <code> elements. Built as React elements from the text (the file's
 * contents are the user's: nothing is parsed as HTML).
 */
import type { Localized } from '@dop/analyzer';
import { Fragment } from 'react';
import { Inline } from '../components/Inline';

export function LearnedFacts({ facts, lang }: { facts: readonly Localized[]; lang: keyof Localized }) {
  return (
    <>
      {facts.map((f, i) => (
        <Fragment key={f.en}>
          {i > 0 && ', '}
          <Inline text={f[lang]} />
        </Fragment>
      ))}
    </>
  );
}
