/**
 * Facts derived from a model, computed once per model and shared by every rule that asks (the
 * stages that reach the image, the package-manager calls, the working directory at each
 * instruction …). A fact is declared once with `fact(name, compute)` beside the code that knows
 * it, and read through the rule context (`ctx.facts.get(F)`) or `factsOf(model).get(F)` in
 * support code that is handed a model. This is the only per-model cache of the analyzer: it is
 * sound because a model is never changed once `buildModel` returns it (its types are read-only).
 */
import type { DockerfileModel } from './types.js';

export interface Fact<T> {
  /** For profiles and errors only; identity is the object. */
  readonly name: string;
  readonly compute: (model: DockerfileModel) => T;
}

/** Declares a derived fact. Keep the returned object in a module constant: it is the cache key. */
export function fact<T>(name: string, compute: (model: DockerfileModel) => T): Fact<T> {
  return { name, compute };
}

/** The facts of one model: each computed on first use. */
export interface Facts {
  get<T>(fact: Fact<T>): T;
}

class ModelFacts implements Facts {
  private readonly known = new Map<Fact<unknown>, unknown>();
  constructor(private readonly model: DockerfileModel) {}

  get<T>(f: Fact<T>): T {
    // One lookup for a fact known already (asked per instruction by some rules); `has` only
    // for a fact whose value is undefined.
    const known = this.known.get(f);
    if (known !== undefined || this.known.has(f)) return known as T;
    const value = f.compute(this.model);
    this.known.set(f, value);
    return value;
  }
}

const FACTS = new WeakMap<DockerfileModel, Facts>();

/** The facts of a model (the same object for the model's lifetime; dropped with it). */
// The model asked last and its facts: rules ask for one model's facts one after another, and a
// comparison costs less than the WeakMap's lookup before V8 optimises the callers (a CLI run is one
// cold pass). Held until the next model is asked for.
let lastModel: DockerfileModel | null = null;
let lastFacts: Facts | null = null;

export function factsOf(model: DockerfileModel): Facts {
  if (model === lastModel && lastFacts !== null) return lastFacts;
  let facts = FACTS.get(model);
  if (!facts) {
    facts = new ModelFacts(model);
    FACTS.set(model, facts);
  }
  lastModel = model;
  lastFacts = facts;
  return facts;
}
