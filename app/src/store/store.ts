/**
 * The one zustand store, in slices: source (the Dockerfile and rewrite options), results (what the
 * worker answered), view (tab, language, presenter mode, selections), share (notices) and
 * workshop (step-through). Pure state and actions: the worker, Monaco and the URL are wired to it
 * from outside (main.tsx, App.tsx), so the store is easy to test.
 */
import type { AnalyzeOptions, BuildContext, Finding, RuleMeta } from '@dop/analyzer';
import type { Change, Rewrite } from '@dop/rewriter';
import { createStore } from 'zustand/vanilla';
import type { Lang, StringKey } from '../i18n/i18n';
import { contextForLink, projectFromLink } from '../context/link-context';
import type { ProjectFile } from '../context/project-files';
import type { SharedContext, SharedSettings, SharedState, View } from '../share/permalink';
import type { Timings } from '../worker/protocol';
import type { WorkshopPlan } from '../workshop/lessons';
import { EXERCISE_BY_ID, type LinkProgress, progressFromLink } from '../workshop/exercises';
import { toggleMark } from '../workshop/predict';
import { SEED_BY_ID } from '../workshop/seeds';

/** A result pane's id: the panes themselves are listed once, in `layout/panes.ts`. */
export type Tab = View;

export interface RewriteChoices {
  rejectedChanges: string[];
  multiStage: boolean;
  runtimeUid: number;
  /** BuildKit cache mounts instead of cleaning package caches (off by default). */
  cacheMounts: boolean;
}

export const DEFAULT_CHOICES: RewriteChoices = {
  rejectedChanges: [],
  multiStage: true,
  runtimeUid: 10001,
  cacheMounts: false,
};

/** The analyzer and rewriter settings a `.dop.yaml` holds (besides the rewrite choices above). */
export interface Settings {
  analyze: AnalyzeOptions;
  disabledTransforms: string[];
}

/** The settings a link may carry, from the store's; undefined when they are the defaults. */
export function settingsForLink(s: Settings): SharedSettings | undefined {
  const a = s.analyze;
  const out: SharedSettings = {};
  if (a.disabledRules?.length) out.disabledRules = a.disabledRules;
  if (a.enabledRules?.length) out.enabledRules = a.enabledRules;
  if (a.severityOverrides && Object.keys(a.severityOverrides).length > 0)
    out.severityOverrides = a.severityOverrides;
  if (a.trustedRegistries?.length) out.trustedRegistries = a.trustedRegistries;
  if (a.requiredLabels && Object.keys(a.requiredLabels).length > 0) out.requiredLabels = a.requiredLabels;
  if (s.disabledTransforms.length > 0) out.disabledTransforms = s.disabledTransforms;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A link's settings as the store keeps them (what the link does not say is the default). */
export function settingsFromLink(l: SharedSettings): Settings {
  const analyze: AnalyzeOptions = {};
  if (l.disabledRules) analyze.disabledRules = l.disabledRules;
  if (l.enabledRules) analyze.enabledRules = l.enabledRules;
  if (l.severityOverrides) analyze.severityOverrides = l.severityOverrides;
  if (l.trustedRegistries) analyze.trustedRegistries = l.trustedRegistries;
  if (l.requiredLabels) analyze.requiredLabels = l.requiredLabels as AnalyzeOptions['requiredLabels'];
  return { analyze, disabledTransforms: l.disabledTransforms ?? [] };
}

export const DEFAULT_SETTINGS: Settings = { analyze: {}, disabledTransforms: [] };

export type Theme = 'system' | 'light' | 'dark';

/** How the page is laid out: the editor shown or not, the results' share of the width (%). */
export interface Layout {
  editorHidden: boolean;
  resultsPercent: number;
}

export const DEFAULT_LAYOUT: Layout = { editorHidden: false, resultsPercent: 60 };

export type Status = 'idle' | 'pending' | 'ready' | 'empty' | 'too-large' | 'timeout' | 'error';

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  key: StringKey;
  params?: Record<string, string | number>;
  /** Extra detail shown as plain text (never HTML). */
  detail?: string;
  /** A language the notice offers to switch to (a link made in the other language). */
  offerLang?: Lang;
}

export type Trigger = 'source' | 'manifest' | 'base';

export interface WorkshopState {
  active: boolean;
  /** A seed lesson (the notes' own versions, workshop/seeds.ts); null: the rewrite, lesson by lesson. */
  lesson: string | null;
  /** Step k shows plan.outputs[k]: the input after k lessons, or a seed's version k. */
  step: number;
  plan: WorkshopPlan | null;
  loading: boolean;
}

/** Predict-then-reveal: findings hidden until the class has marked the lines it suspects. */
export interface PredictState {
  on: boolean;
  /** Marked lines, 1-based, in order. */
  marks: number[];
  revealed: boolean;
}

export const NO_PREDICT: PredictState = { on: false, marks: [], revealed: false };

/** Whether the findings, the rewrite and the layers are hidden (the mode on, not yet revealed). */
export const predicting = (s: Pick<AppState, 'predict'>): boolean => s.predict.on && !s.predict.revealed;

/** A new file in the editor: its marks start again, hidden again if the mode is on. */
const freshPredict = (p: PredictState): PredictState => ({ ...p, marks: [], revealed: false });

const NO_WORKSHOP: WorkshopState = { active: false, lesson: null, step: 0, plan: null, loading: false };

/** A seed lesson's version at a step, in a language (its comments are in that language). */
function seedText(lesson: string, step: number, lang: Lang): string | null {
  const seed = SEED_BY_ID.get(lesson);
  const at = seed?.steps[Math.max(0, Math.min(step, seed.steps.length - 1))];
  return at ? at.text[lang] : null;
}

export interface AppState {
  // source
  text: string;
  choices: RewriteChoices;
  settings: Settings;
  /** Whose settings are in force: the user's own (kept in this browser) or a link's (not kept). */
  settingsFrom: 'own' | 'link';
  exampleId: string | null;
  // results
  status: Status;
  statusDetail: string | null;
  /** The text the current findings and rewrite were computed from. */
  analyzedText: string | null;
  findings: Finding[];
  suppressed: number;
  rewrite: Rewrite | null;
  /** The text the rewrite was computed from (findings may already be newer). */
  rewrittenText: string | null;
  allChanges: Change[];
  timings: Timings | null;
  rules: RuleMeta[];
  // view
  lang: Lang;
  tab: Tab;
  presenter: boolean;
  theme: Theme;
  /** The theme in effect: the chosen one, or the system's when the choice is 'system'. */
  dark: boolean;
  layout: Layout;
  /** null: side by side when there is room, inline otherwise. */
  diffInline: boolean | null;
  selectedFinding: number | null;
  selectedChange: string | null;
  selectedPractice: string | null;
  selectedRule: string | null;
  trigger: Trigger;
  // share
  notice: Notice | null;
  lastLink: string | null;
  // workshop
  workshop: WorkshopState;
  // project files (the build context), read in the browser only
  project: ProjectState;
  // teaching
  predict: PredictState;
  /**
   * Exercise progress a link brought: shown beside the receiver's own, added only if they ask.
   * Hidden (not dropped) once dismissed: its text still tells the sender's file from the receiver's work.
   */
  linkProgress: (LinkProgress & { hidden: boolean }) | null;
}

export const NO_PROJECT: ProjectState = { files: [], context: null, fromLink: null };

export interface ProjectState {
  files: ProjectFile[];
  /** The context the files make, given to the analyzer and the rewriter (null: no files). */
  context: BuildContext | null;
  /** Set when the files came from a link: what the link could not carry. */
  fromLink: NonNullable<SharedContext['omitted']> | null;
}

export interface AppActions {
  setText(text: string, exampleId?: string | null): void;
  setTab(tab: Tab): void;
  setLang(lang: Lang): void;
  togglePresenter(): void;
  setDiffInline(inline: boolean | null): void;
  toggleChange(id: string): void;
  setChoices(choices: Partial<RewriteChoices>): void;
  setSettings(settings: Settings): void;
  setTheme(theme: Theme): void;
  setDark(dark: boolean): void;
  setLayout(layout: Partial<Layout>): void;
  selectFinding(index: number | null): void;
  selectChange(id: string | null): void;
  showRule(id: string): void;
  showPractice(id: string | null): void;
  setTrigger(trigger: Trigger): void;
  setNotice(notice: Notice | null): void;
  setLastLink(link: string | null): void;
  /** The worker is busy with `text`. */
  pending(): void;
  receiveAnalysis(r: {
    text: string;
    findings: Finding[];
    suppressed: number;
    rewrite: Rewrite | null;
    allChanges: Change[];
    timings: Timings;
  }): void;
  /** Findings that arrive ahead of the rewrite. */
  receiveFindings(text: string, findings: Finding[], suppressed: number): void;
  failAnalysis(status: Exclude<Status, 'idle' | 'pending' | 'ready'>, detail?: string): void;
  setRules(rules: RuleMeta[]): void;
  applyShared(state: SharedState): void;
  /** The state a link carries; with `progress`, the exercises done (the "share my progress" link). */
  sharedState(extra?: { progress?: readonly string[] }): SharedState;
  /** Predict-then-reveal on or off (off shows everything again). */
  togglePredict(): void;
  toggleMark(line: number): void;
  /** Shows the findings with each mark scored; `false` hides them again for another try. */
  setRevealed(revealed: boolean): void;
  /** Marks cleared and findings hidden: the class predicts again. */
  resetPrediction(): void;
  dismissLinkProgress(): void;
  /** Step-through of the rewrite, lesson by lesson, opened at a step. */
  startWorkshop(step?: number): void;
  /** A seed lesson: its first version (or `step`) in the editor, and step-through of its versions. */
  startLesson(id: string, step?: number): void;
  receiveSteps(plan: WorkshopPlan): void;
  setStep(step: number): void;
  stopWorkshop(): void;
  setProject(project: ProjectState): void;
}

export type AppStore = AppState & AppActions;

export function initialState(lang: Lang, text: string, exampleId: string | null): AppState {
  return {
    text,
    choices: { ...DEFAULT_CHOICES },
    settings: DEFAULT_SETTINGS,
    settingsFrom: 'own',
    exampleId,
    status: 'idle',
    statusDetail: null,
    analyzedText: null,
    findings: [],
    suppressed: 0,
    rewrite: null,
    rewrittenText: null,
    allChanges: [],
    timings: null,
    rules: [],
    lang,
    tab: 'findings',
    presenter: false,
    theme: 'system',
    dark: false,
    layout: DEFAULT_LAYOUT,
    diffInline: null,
    selectedFinding: null,
    selectedChange: null,
    selectedPractice: null,
    selectedRule: null,
    trigger: 'source',
    notice: null,
    lastLink: null,
    workshop: NO_WORKSHOP,
    project: NO_PROJECT,
    predict: NO_PREDICT,
    linkProgress: null,
  };
}

export function createAppStore(init: AppState) {
  return createStore<AppStore>()((set, get) => ({
    ...init,
    setText: (text, exampleId) =>
      set((s) => ({
        text,
        exampleId: exampleId === undefined ? s.exampleId : exampleId,
        // a new text invalidates change toggles that referred to the old one
        choices: exampleId !== undefined ? { ...s.choices, rejectedChanges: [] } : s.choices,
        workshop: exampleId !== undefined ? { ...s.workshop, active: false } : s.workshop,
        predict: exampleId !== undefined ? freshPredict(s.predict) : s.predict,
      })),
    setTab: (tab) => set({ tab }),
    setLang: (lang) =>
      set((s) => {
        // a seed lesson's comments follow the language of the page
        const w = s.workshop;
        const text = w.active && w.lesson ? seedText(w.lesson, w.step, lang) : null;
        return text === null ? { lang } : { lang, text };
      }),
    // presenter mode gives the room to the results: the editor hides, and shows again after
    togglePresenter: () =>
      set((s) => ({ presenter: !s.presenter, layout: { ...s.layout, editorHidden: !s.presenter } })),
    setDiffInline: (diffInline) => set({ diffInline }),
    toggleChange: (id) =>
      set((s) => {
        const rejected = s.choices.rejectedChanges.includes(id)
          ? s.choices.rejectedChanges.filter((x) => x !== id)
          : [...s.choices.rejectedChanges, id];
        return { choices: { ...s.choices, rejectedChanges: rejected } };
      }),
    setChoices: (choices) => set((s) => ({ choices: { ...s.choices, ...choices } })),
    setSettings: (settings) => set({ settings, settingsFrom: 'own' }),
    setTheme: (theme) => set({ theme }),
    setDark: (dark) => set({ dark }),
    setLayout: (layout) =>
      set((s) => {
        const next = { ...s.layout, ...layout };
        next.resultsPercent = Math.max(25, Math.min(80, Math.round(next.resultsPercent)));
        return { layout: next };
      }),
    selectFinding: (selectedFinding) => set({ selectedFinding }),
    selectChange: (selectedChange) => set({ selectedChange }),
    showRule: (id) => {
      const rule = get().rules.find((r) => r.id === id || r.slug === id);
      set({
        tab: 'practices',
        selectedRule: rule ? rule.id : id,
        selectedPractice: rule?.practices[0] ?? get().selectedPractice,
      });
    },
    showPractice: (id) => set({ tab: 'practices', selectedPractice: id, selectedRule: null }),
    setTrigger: (trigger) => set({ trigger }),
    setNotice: (notice) => set({ notice }),
    setLastLink: (lastLink) => set({ lastLink }),
    pending: () => set({ status: 'pending' }),
    receiveAnalysis: (r) =>
      set((s) => ({
        status: 'ready',
        statusDetail: null,
        analyzedText: r.text,
        findings: r.findings,
        suppressed: r.suppressed,
        rewrite: r.rewrite,
        rewrittenText: r.text,
        allChanges: r.allChanges,
        timings: r.timings,
        selectedFinding:
          s.selectedFinding !== null && s.selectedFinding < r.findings.length ? s.selectedFinding : null,
        selectedChange:
          s.selectedChange && r.allChanges.some((c) => c.id === s.selectedChange) ? s.selectedChange : null,
      })),
    receiveFindings: (text, findings, suppressed) =>
      set((s) => ({
        analyzedText: text,
        findings,
        suppressed,
        selectedFinding:
          s.selectedFinding !== null && s.selectedFinding < findings.length ? s.selectedFinding : null,
      })),
    failAnalysis: (status, detail) =>
      set({
        status,
        statusDetail: detail ?? null,
        analyzedText: null,
        findings: [],
        suppressed: 0,
        rewrite: null,
        rewrittenText: null,
        allChanges: [],
        selectedFinding: null,
        selectedChange: null,
      }),
    setRules: (rules) => set({ rules }),
    applyShared: (shared) =>
      set((s) => {
        // a link made on a slide opens on that slide: the step-through at its step, a seed lesson's too
        const lesson = shared.lesson && SEED_BY_ID.has(shared.lesson) ? shared.lesson : null;
        const workshop: WorkshopState =
          shared.step !== undefined
            ? { ...NO_WORKSHOP, active: true, lesson, step: shared.step, loading: true }
            : { ...s.workshop, active: false };
        // an exercise the sender had open stays one here, so the analyzer checks its goal
        const progress = shared.progress
          ? { ...progressFromLink(shared.progress, shared.text), hidden: false }
          : null;
        return {
          text: shared.text,
          exampleId: lesson ?? progress?.current ?? null,
          // the receiver keeps their own language; the page offers the sender's (see runtime)
          tab: shared.view ?? 'findings',
          choices: {
            rejectedChanges: shared.rejectedChanges ?? [],
            multiStage: shared.multiStage ?? true,
            runtimeUid: shared.runtimeUid ?? DEFAULT_CHOICES.runtimeUid,
            // the sender's rewrite, as they saw it (absent from older links: off, the default)
            cacheMounts: shared.cacheMounts ?? false,
          },
          presenter: shared.presenter ?? false,
          ...(shared.presenter ? { layout: { ...s.layout, editorHidden: true } } : {}),
          workshop,
          // a link's settings show what the sender saw; the receiver's own stay kept in the browser
          ...(shared.settings
            ? { settings: settingsFromLink(shared.settings), settingsFrom: 'link' as const }
            : {}),
          // a link's project files replace the receiver's; a link without any leaves theirs
          ...(shared.context ? { project: projectFromLink(shared.context) } : {}),
          // a prepared "predict" slide opens hidden, with the marks it was made with
          predict: shared.predict
            ? { on: true, marks: shared.predict.marks ?? [], revealed: shared.predict.revealed ?? false }
            : NO_PREDICT,
          linkProgress: progress,
        };
      }),
    sharedState: (extra) => {
      const s = get();
      const out: SharedState = { text: s.text, lang: s.lang, view: s.tab };
      if (s.choices.rejectedChanges.length > 0) out.rejectedChanges = s.choices.rejectedChanges;
      if (!s.choices.multiStage) out.multiStage = false;
      if (s.choices.cacheMounts) out.cacheMounts = true;
      if (s.choices.runtimeUid !== DEFAULT_CHOICES.runtimeUid) out.runtimeUid = s.choices.runtimeUid;
      const settings = settingsForLink(s.settings);
      if (settings) out.settings = settings;
      if (s.presenter) out.presenter = true;
      if (s.workshop.active) {
        out.step = s.workshop.step;
        if (s.workshop.lesson) out.lesson = s.workshop.lesson;
      }
      if (s.project.context) out.context = contextForLink(s.project.context);
      if (s.predict.on)
        out.predict = {
          ...(s.predict.marks.length > 0 ? { marks: s.predict.marks } : {}),
          ...(s.predict.revealed ? { revealed: true } : {}),
        };
      if (extra?.progress) {
        out.progress = { done: [...extra.progress] };
        if (s.exampleId && EXERCISE_BY_ID.has(s.exampleId)) out.progress.current = s.exampleId;
      }
      return out;
    },
    // the prediction happens in the Findings tab: the others are hidden until the reveal
    togglePredict: () =>
      set((s) =>
        s.predict.on ? { predict: NO_PREDICT } : { predict: { ...NO_PREDICT, on: true }, tab: 'findings' },
      ),
    toggleMark: (line) =>
      set((s) =>
        // marks are the prediction: once revealed they stay as they were scored
        s.predict.on && !s.predict.revealed && Number.isInteger(line) && line >= 1
          ? { predict: { ...s.predict, marks: toggleMark(s.predict.marks, line) } }
          : {},
      ),
    setRevealed: (revealed) => set((s) => (s.predict.on ? { predict: { ...s.predict, revealed } } : {})),
    resetPrediction: () => set((s) => ({ predict: freshPredict(s.predict) })),
    dismissLinkProgress: () =>
      set((s) => (s.linkProgress ? { linkProgress: { ...s.linkProgress, hidden: true } } : {})),
    startWorkshop: (step = 0) =>
      set({ tab: 'rewrite', workshop: { ...NO_WORKSHOP, active: true, step, loading: true } }),
    startLesson: (id, step = 0) =>
      set((s) => {
        const text = seedText(id, step, s.lang);
        if (text === null) return {};
        return {
          text,
          exampleId: id,
          choices: { ...s.choices, rejectedChanges: [] },
          // with predict mode on the class predicts first (the Findings tab), the diff comes after
          tab: s.predict.on ? 'findings' : 'rewrite',
          workshop: { ...NO_WORKSHOP, active: true, lesson: id, step, loading: true },
          predict: freshPredict(s.predict),
        };
      }),
    receiveSteps: (plan) =>
      set((s) => ({
        workshop: {
          ...s.workshop,
          plan,
          loading: false,
          step: Math.max(0, Math.min(s.workshop.step, plan.outputs.length - 1)),
        },
      })),
    setStep: (step) =>
      set((s) => {
        const w = s.workshop;
        const last = w.plan ? w.plan.outputs.length - 1 : 0;
        const next = Math.max(0, Math.min(step, last));
        if (next === w.step) return {};
        // a seed lesson's version goes into the editor, so findings and layers follow the lesson
        const text = w.lesson ? seedText(w.lesson, next, s.lang) : null;
        // a seed's next version is a new file to predict on
        return {
          workshop: { ...w, step: next },
          ...(text === null ? {} : { text, predict: freshPredict(s.predict) }),
        };
      }),
    stopWorkshop: () => set((s) => ({ workshop: { ...s.workshop, active: false, loading: false } })),
    setProject: (project) => set({ project }),
  }));
}

export type AppStoreApi = ReturnType<typeof createAppStore>;
