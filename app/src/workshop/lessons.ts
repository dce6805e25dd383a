/**
 * Step-through in the order a class learns, not the order the rewriter runs its transforms: the
 * cache lesson first, then size (multi-stage, a late delete), then package installs, then "it
 * must work", and every piece of trivia (sorting, key=value, the syntax line…) grouped into one
 * tidy-up step at the end. Each step is a real rewrite of the input with only the changes of the
 * lessons so far allowed (RewriteOptions.onlyChanges), so it shows what the rewriter would
 * really write; a change that needs a later one to apply shows up at the later step. Pure: the
 * worker runs it, tests call it directly.
 */
import type { Localized } from '@dop/analyzer';
import type { Change, Rewrite, RewriteOptions } from '@dop/rewriter';

export interface Lesson {
  id: string;
  title: Localized;
  /** The rewriter transforms whose changes teach it (Change.transform). */
  transforms: string[];
}

const l = (en: string, ko: string): Localized => ({ en, ko });

/** In class order. A transform in none of them belongs to the last, the tidy-up. */
export const LESSONS: Lesson[] = [
  {
    id: 'cache',
    title: l('Cache: dependencies before the source', '캐시: 의존성을 소스보다 먼저'),
    transforms: ['dependencies-before-source', 'steps-before-source'],
  },
  {
    id: 'size',
    title: l(
      'Size: build tools stay in a build stage; delete in the RUN that made the files',
      '용량: 빌드 도구는 빌드 스테이지에, 파일은 만든 RUN에서 지우기',
    ),
    transforms: ['multi-stage', 'late-cleanup'],
  },
  {
    id: 'packages',
    title: l(
      'Package installs: update and install in one RUN, nothing cached left behind',
      '패키지 설치: update와 install을 한 RUN에서, 캐시는 남기지 않기',
    ),
    transforms: [
      'merge-update-install',
      'package-cache-clean',
      'package-cache-off',
      'no-install-recommends',
      'apt-get-not-apt',
    ],
  },
  {
    id: 'works',
    title: l(
      'It must work: non-interactive builds, signals reach the app, no root, a venv for pip',
      '일단 작동해야 한다: 비대화형 빌드, 앱에 닿는 시그널, root 없이, pip에는 venv',
    ),
    transforms: ['non-interactive-install', 'exec-form', 'chown-on-copy', 'system-pip', 'pin-base-tag'],
  },
  {
    id: 'tidy',
    title: l('Tidy-up: the small things, all at once', '정리: 자잘한 것을 한꺼번에'),
    transforms: [],
  },
];

const TIDY = LESSONS.at(-1)!.id;
const LESSON_OF = new Map(LESSONS.flatMap((x) => x.transforms.map((t) => [t, x.id] as const)));

export function lessonOf(change: Pick<Change, 'transform'>): string {
  return LESSON_OF.get(change.transform) ?? TIDY;
}

/** What a step does to the image, from the layer model and the size estimate. */
export interface StepMetrics {
  /** Estimated final image size (MB). */
  sizeMB: number;
  /** Layer-making instructions a source-only edit re-runs, and what they write again (MB). */
  rerunOnSource: number;
  rebuiltMB: number;
}

export interface PlanStep {
  /** A lesson id of LESSONS, or a seed's id for a seed lesson. */
  lesson: string;
  /** The changes this step applies (none for a seed lesson, whose steps are the note's versions). */
  changes: Change[];
}

export interface WorkshopPlan {
  /** outputs[k]: the Dockerfile after step k (outputs[0] is the input). */
  outputs: string[];
  /** metrics[k]: of outputs[k]. */
  metrics: StepMetrics[];
  /** steps[k-1] leads from outputs[k-1] to outputs[k]. */
  steps: PlanStep[];
}

type RewriteFn = (text: string, options?: RewriteOptions) => Rewrite;

function metricsOf(r: Rewrite, side: 'before' | 'after'): StepMetrics {
  const layers = r.layers[side];
  return {
    sizeMB: side === 'before' ? r.size.beforeMB : r.size.afterMB,
    rerunOnSource: layers.rerunOnSourceChange,
    rebuiltMB: layers.rebuiltMBOnSourceChange,
  };
}

/** The steps of the rewriter's changes, one lesson per step, in class order. */
export function planByLesson(text: string, options: RewriteOptions, rewrite: RewriteFn): WorkshopPlan {
  const full = rewrite(text, options);
  const plan: WorkshopPlan = { outputs: [text], metrics: [metricsOf(full, 'before')], steps: [] };
  const present = LESSONS.filter((x) => full.changes.some((c) => lessonOf(c) === x.id));
  const allowed: string[] = [];
  let applied = new Set<string>();
  present.forEach((lesson, i) => {
    allowed.push(...full.changes.filter((c) => lessonOf(c) === lesson.id).map((c) => c.id));
    const last = i === present.length - 1;
    const r = last ? full : rewrite(text, { ...options, onlyChanges: [...allowed] });
    const fresh = r.changes.filter((c) => !applied.has(c.id));
    // every change of this lesson waits for a later one: the later step shows it
    if (fresh.length === 0 && !last) return;
    applied = new Set(r.changes.map((c) => c.id));
    plan.outputs.push(r.output);
    plan.metrics.push(metricsOf(r, 'after'));
    plan.steps.push({ lesson: lesson.id, changes: fresh });
  });
  return plan;
}

/** A seed lesson: the note's versions one after another, each measured like a rewrite's input. */
export function planOfTexts(lesson: string, texts: string[], rewrite: RewriteFn): WorkshopPlan {
  return {
    outputs: texts,
    metrics: texts.map((t) => metricsOf(rewrite(t, { multiStage: false }), 'before')),
    steps: texts.slice(1).map(() => ({ lesson, changes: [] })),
  };
}
