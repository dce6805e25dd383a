/**
 * Pictures instead of prose: the layer stack before and after (which layers re-run when source
 * code, dependencies or the base image change) and the estimated image size. SVG and lists: a
 * screen reader reads the same facts the picture shows.
 */
import type { LayerModel } from '@dop/rewriter';
import { useId } from 'react';
import { appStore, useApp, useT } from '../store/app-store';
import type { Trigger } from '../store/store';
import { pick } from '../i18n/i18n';
import { ResultsState, useNoResults } from './ResultsState';
import { PredictHidden } from './PredictPanel';
import { predicting } from '../store/store';
import LAB from '../data/lab-summary.json';
import type { Pane } from '../layout/pane';

const TRIGGERS: Trigger[] = ['source', 'manifest', 'base'];

/** Bar width for a size in MB: logarithmic, so 0.1 MB and 500 MB both show. */
function barWidth(mb: number, max: number): number {
  if (mb <= 0) return 2;
  return Math.max(4, (Math.log10(1 + mb * 10) / Math.log10(1 + max * 10)) * 100);
}

function fmtMB(mb: number): string {
  return mb >= 10 ? String(Math.round(mb)) : mb >= 1 ? mb.toFixed(1) : mb.toFixed(1);
}

function countReruns(model: LayerModel, trigger: Trigger) {
  let total = 0;
  let rerun = 0;
  for (const st of model.stages) {
    for (const l of st.layers) {
      if (!l.makesLayer) continue;
      total++;
      if (l.rerunsOn.includes(trigger)) rerun++;
    }
  }
  return { total, rerun };
}

function Stack({ model, title, trigger }: { model: LayerModel; title: string; trigger: Trigger }) {
  const t = useT();
  const max = Math.max(1, ...model.stages.flatMap((s) => s.layers.map((l) => l.estimatedMB)));
  const { total, rerun } = countReruns(model, trigger);
  const what = t(`trigger_${trigger}`);
  return (
    <section className="stack" aria-label={title}>
      <h4>
        {title}{' '}
        <span className={`badge ${rerun > 0 ? 'warn' : 'ok'}`}>
          {t('layersRerun', { count: rerun, total })}
        </span>
      </h4>
      <p className="sr-only">{t('layersRerunDesc', { count: rerun, total, what })}</p>
      {model.stages.map((st) => (
        <div key={st.index} className={`stage${st.isFinal ? ' final' : ''}`}>
          <div className="stage-head">
            {t('stage', { name: st.name ?? String(st.index) })} · <code>{st.base}</code>
            {st.isFinal && <span className="badge">{t('stageFinal')}</span>}
          </div>
          <ol className="layers">
            {st.layers.map((l) => {
              const reruns = l.rerunsOn.includes(trigger);
              // FROM brings the base image's own layers: not "metadata", whatever it adds itself
              const state =
                l.keyword === 'FROM'
                  ? t('layerBase')
                  : !l.makesLayer
                    ? t('layerMetadata')
                    : reruns
                      ? t('layerReruns')
                      : t('layerCached');
              return (
                <li
                  key={`${st.index}:${l.startLine}:${l.instruction}`}
                  className={`layer${l.makesLayer ? '' : ' meta'}${reruns ? ' rerun' : ''}`}
                  data-reruns={reruns ? 'yes' : 'no'}
                >
                  <span className="layer-ins" title={l.instruction}>
                    {l.instruction}
                  </span>
                  {l.makesLayer ? (
                    <svg
                      className="layer-bar"
                      viewBox="0 0 100 10"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                    >
                      <rect x="0" y="1" width={barWidth(l.estimatedMB, max)} height="8" rx="1.5" />
                    </svg>
                  ) : (
                    <span className="layer-bar" />
                  )}
                  <span className="layer-size">{l.makesLayer ? `~${fmtMB(l.estimatedMB)} MB` : ''}</span>
                  <span className={`layer-state${reruns && l.makesLayer ? ' rerun' : ''}`}>{state}</span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}

function SizeChart({ before, after }: { before: number; after: number }) {
  const t = useT();
  const id = useId();
  const max = Math.max(before, after, 1);
  const pct = before > 0 ? Math.round(((before - after) / before) * 100) : 0;
  const w = (mb: number) => Math.max(1, (mb / max) * 300);
  return (
    <figure className="size-chart">
      <figcaption id={`${id}-cap`}>
        {t('sizeTitle')} <span className="badge">{t('sizeEstimate')}</span>
      </figcaption>
      <svg
        viewBox="0 0 460 74"
        role="img"
        aria-labelledby={`${id}-cap ${id}-desc`}
        data-testid="size-chart"
        width="100%"
        style={{ maxWidth: 560 }}
      >
        <title>{t('sizeTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('sizeBefore', { mb: fmtMB(before) })}. {t('sizeAfter', { mb: fmtMB(after) })}.
        </desc>
        <text x="0" y="22" className="svg-label">
          {t('layersBefore')}
        </text>
        <rect x="70" y="8" width={w(before)} height="20" rx="3" className="bar-before" />
        <text x={76 + w(before)} y="23" className="svg-value">
          ~{fmtMB(before)} MB
        </text>
        <text x="0" y="58" className="svg-label">
          {t('layersAfter')}
        </text>
        <rect x="70" y="44" width={w(after)} height="20" rx="3" className="bar-after" />
        <text x={76 + w(after)} y="59" className="svg-value">
          ~{fmtMB(after)} MB
        </text>
      </svg>
      {pct > 0 && <p className="muted">{t('sizeSaved', { pct })}</p>}
    </figure>
  );
}

/** The layers tell where the cache breaks: hidden, like the findings, while the class predicts. */
export function LayersPanel() {
  const hidden = useApp(predicting);
  return hidden ? <PredictHidden /> : <Layers />;
}

function Layers() {
  const t = useT();
  const rewrite = useApp((s) => s.rewrite);
  const trigger = useApp((s) => s.trigger);
  const lang = useApp((s) => s.lang);
  const noResults = useNoResults();
  if (noResults) return <ResultsState />;
  if (!rewrite) return <p className="empty">{t('statusPending')}</p>;
  const { before, after } = rewrite.layers;
  return (
    <div className="layers-panel">
      <SizeChart before={rewrite.size.beforeMB} after={rewrite.size.afterMB} />
      <p className="muted small">{t('sizeNote')}</p>
      <p className="muted small" data-testid="lab-measured">
        {t('labMeasured', {
          samples: LAB.samples,
          built: LAB.rewritesBuilt,
          same: LAB.sameAnswer,
          rewrites: LAB.noReinstall.rewrites,
          originals: LAB.noReinstall.originals,
          examples: LAB.examples.map((e) => `${e.sample} ${e.beforeMB} → ${e.afterMB} MB`).join(', '),
        })}
      </p>
      <ul className="muted small assumptions">
        {rewrite.size.assumptions.map((a) => (
          <li key={a.en}>{pick(lang, a)}</li>
        ))}
      </ul>
      <fieldset className="seg trigger">
        <legend>{t('layersWhenChanges')}</legend>
        {TRIGGERS.map((tr) => (
          <label key={tr}>
            <input
              type="radio"
              name="trigger"
              checked={trigger === tr}
              onChange={() => appStore().getState().setTrigger(tr)}
            />
            <span>{t(`trigger_${tr}`)}</span>
          </label>
        ))}
      </fieldset>
      {trigger === 'source' && (
        <>
          <p className="small" data-testid="installs-on-source">
            {t('installsOnSource', {
              before: before.installsRerunOnSourceChange,
              after: after.installsRerunOnSourceChange,
            })}
          </p>
          <p className="muted small">
            {t('rebuiltOnSource', { mb: fmtMB(before.rebuiltMBOnSourceChange) })} →{' '}
            {fmtMB(after.rebuiltMBOnSourceChange)} MB
          </p>
        </>
      )}
      <div className="stacks">
        <Stack model={before} title={t('layersBefore')} trigger={trigger} />
        <Stack model={after} title={t('layersAfter')} trigger={trigger} />
      </div>
    </div>
  );
}

export const layersPane: Pane = { id: 'layers', label: 'tabLayers', Panel: LayersPanel };
