// Which model a request means: its parameter count, its shape (for KV cache and compute buffer), and
// the precision its name implies. Pure: the Hub look-up, when there is one, happens before this.
import { ARCHITECTURES, MODEL_ROWS, REFERENCE_SHAPE_IDS, architectureById, type Architecture } from './catalog/architectures.js';
import { expertsNamed, fineTuneBase, familyMember } from './catalog/base-model.js';
import { findArchitecture, findUnshapedRow, normalizeModelName, sizedSibling, type StatedSize, suggestModel } from './catalog/find.js';
import { formatOf } from './catalog/formats.js';
import { OLLAMA_DEFAULT_QUANT, parseOllamaTag } from './catalog/ollama-library.js';
import { parsePrecision } from './parse/precision.js';
import type { ParseIssue, Warning } from './issues.js';
import { parseModelName } from './parse/filename.js';
import type { PrecisionId } from './catalog/formats.js';
import type { ParsedPrecision } from './parse/precision.js';
import type { ModelSource } from './request.js';

/** How the shape used for the KV cache was chosen. */
export type ShapeSource = 'catalog' | 'base-model' | 'size-reference' | 'hub';

/** Weights as the checkpoint stores them, read from its headers: exact when the precision is the stored one. */
export interface ExactWeights {
  readonly bytes: number;
  readonly precision: PrecisionId;
  readonly tokenEmbeddingBytes?: number | undefined;
}

/** What a Hub look-up found (src/hub supplies it; the core only reads it). */
export interface HubFacts {
  readonly repoId: string;
  readonly path: string | undefined;
  readonly params: number;
  readonly storedBytes: number;
  readonly tokenEmbeddingBytes: number | undefined;
  readonly precision: ParsedPrecision | undefined;
  readonly architecture: Architecture | undefined;
}

export interface ResolvedModel {
  /** the name as the user gave it, or null for a bare size */
  readonly name: string | null;
  /** the catalogued model the name is (or is a fine-tune of), if any */
  readonly catalogName: string | null;
  readonly params: number;
  /** parameters used per token, for mixture-of-experts models */
  readonly activeParams?: number;
  readonly architecture: Architecture;
  readonly shapeSource: ShapeSource;
  readonly precisionFromName?: ParsedPrecision;
  /** what is sized when no precision is asked or named: the format the model ships in, and why */
  readonly defaultPrecision?: { readonly precision: ParsedPrecision; readonly warning: Warning };
  /** an ollama library tag: ollama's rules apply */
  readonly fromTag?: boolean;
  readonly exactWeights?: ExactWeights;
  readonly warnings: readonly Warning[];
}

export type ResolveResult =
  | { readonly ok: true; readonly model: ResolvedModel }
  | { readonly ok: false; readonly issues: readonly ParseIssue[] };

/** A fine-tune's name may round its size: Mistral-7B is 7.24 B. Beyond this ratio the name means another model. */
const SAME_SIZE_TOLERANCE = 0.25;

/** The precision a checkpoint's dtype is sized at. */
function nativePrecision(a: Architecture): ResolvedModel['defaultPrecision'] {
  if (!a.dtype) return undefined;
  const precision = parsePrecision(a.dtype);
  return precision ? { precision, warning: { code: 'precision_native', precision: formatOf(precision.id).label, model: a.name } } : undefined;
}

/** A GGUF repo named without a file (`bartowski/Qwen2.5-7B-Instruct-GGUF`): people download its Q4_K_M. */
const GGUF_REPO = /(?:^|[-_/])gguf$/i;
const GGUF_REPO_DEFAULT = 'q4_k_m';

/** Library names the catalog knows exactly one tag of (`mistral-small3.2` → `mistral-small3.2:24b`): that tag is
 * what the bare name pulls. Names with several catalogued sizes need the library table's `latest`. */
const ONLY_TAG: ReadonlyMap<string, string> = (() => {
  const tags = new Map<string, Set<string>>();
  for (const tag of MODEL_ROWS.flatMap((row) => row.ollama ?? [])) {
    const library = tag.toLowerCase().split(':')[0] ?? tag;
    tags.set(library, (tags.get(library) ?? new Set()).add(tag.toLowerCase()));
  }
  return new Map([...tags].filter(([, set]) => set.size === 1).map(([library, set]) => [library, [...set][0] ?? library]));
})();

/**
 * An ollama tag: `name:tag`, or a bare library name (`mixtral`, `qwen3`) — unless the catalog has a model of
 * exactly that name (`DeepSeek-R1` is the 671 B model, not ollama's `deepseek-r1` default distill).
 */
function ollamaTagOf(name: string): ReturnType<typeof parseOllamaTag> {
  const tag = parseOllamaTag(name, (library) => ONLY_TAG.get(library));
  if (!name.includes(':')) {
    const spelled = normalizeModelName(name);
    const match = findArchitecture(name)?.architecture;
    // a bare catalog name is the model (`deepseek-r1` is the 671B, though ollama's `deepseek-r1` is a distill),
    // unless ollama's library name pulls that very model: then its quant applies (`qwq` is QwQ-32B at Q4_K_M)
    const sameModel = tag?.entry !== undefined && findArchitecture(tag.canonical)?.architecture.id === match?.id;
    if (match && (match.id === spelled || match.aliases.includes(spelled)) && !sameModel) return undefined;
  }
  return tag;
}

function defaultsFor(name: string, model: ResolvedModel): ResolvedModel {
  if (model.precisionFromName) return model;
  const tag = ollamaTagOf(name);
  if (tag) {
    const id = tag.qat ? 'q4_0' : (tag.entry?.quant ?? OLLAMA_DEFAULT_QUANT);
    const precision = parsePrecision(id);
    if (precision) {
      return { ...model, fromTag: true, defaultPrecision: { precision, warning: { code: 'precision_from_tag', tag: name, precision: formatOf(precision.id).label } } };
    }
  }
  if (GGUF_REPO.test(name.replace(/\/+$/, ''))) {
    const precision = parsePrecision(GGUF_REPO_DEFAULT);
    if (precision) return { ...model, defaultPrecision: { precision, warning: { code: 'precision_gguf_repo', precision: formatOf(precision.id).label } } };
  }
  const native = model.shapeSource === 'catalog' || model.shapeSource === 'base-model' ? nativePrecision(model.architecture) : undefined;
  return native ? { ...model, defaultPrecision: native } : model;
}

export function resolveModel(source: ModelSource): ResolveResult {
  if (source.kind === 'params') {
    const reference = referenceShape(source.activeParams ?? source.params);
    return {
      ok: true,
      model: {
        name: null, catalogName: null, params: source.params, architecture: reference, shapeSource: 'size-reference',
        warnings: [
          { code: 'architecture_reference', reference: reference.name },
          ...(source.experts ? [{ code: 'moe_total_unknown', experts: source.experts.count, expertParams: source.experts.expertParams } as const] : []),
        ],
      },
    };
  }
  const name = source.kind === 'file' ? source.name : source.repoId;
  const tag = ollamaTagOf(name);
  // an ollama tag is looked up as `<library>:<size>` (`mixtral` is `mixtral:8x7b`), tag marks and all
  const lookup = tag ? tag.canonical : name;
  const resolved = resolveName(name, lookup, source.kind === 'hub' ? [{ code: 'hub_not_consulted', repoId: source.repoId }] : [], source.params);
  return resolved.ok ? { ok: true, model: defaultsFor(name, resolved.model) } : resolved;
}

function resolveName(name: string, lookup: string, extraWarnings: readonly Warning[], sizeGiven: number | undefined): ResolveResult {
  const parsed = parseModelName(lookup);
  // a size given with params: beside the name is the size
  const hints = { ...parsed, precision: parseModelName(name).precision, ...(sizeGiven ? { size: { params: sizeGiven, otherSizes: [] } } : {}) };
  // the last path segment is the model (`award40/mixtral-8x7b-…`, `unsloth/Qwen3-8B-GGUF/Qwen3-8B-Q4_K_M.gguf`)
  // an ollama tag as written first (`mistral:7b` is v0.3, `mistral-7b` v0.1), then with ':' read as '-'
  const tagMatch = lookup.includes(':') ? findArchitecture(lookup) : undefined;
  const match = (tagMatch?.atStart ? tagMatch : undefined)
    ?? findArchitecture(hints.baseName.replace(/:/g, '-')) ?? findArchitecture(lookup.replace(/:/g, '-'));
  const warnings: Warning[] = [...extraWarnings];
  const size = hints.size;
  const precision = hints.precision ? { precisionFromName: hints.precision } : {};

  if (size && size.otherSizes.length > 0) warnings.push({ code: 'multiple_sizes', used: size.params });
  // "17B-16E" (Llama 4) names the active size and the expert count: the catalogued model with that many experts is it
  const expertsMatch = size?.activeOnlyExperts !== undefined && match?.architecture.moe?.experts === size.activeOnlyExperts;
  if (size?.activeOnlyExperts && !expertsMatch) warnings.push({ code: 'moe_active_only', activeParams: size.params, experts: size.activeOnlyExperts });

  const catalog = match?.architecture;
  // an alias that states the same size is the model, however far its exact count is from the round one
  // (Falcon3-1B has 1.67 B, OLMo-2-0425-1B 1.48 B)
  const aliasSaysSize = !!match && !!size && parseModelName(match.alias).size?.params === size.params;
  // `8x22B` names experts × expert size, not the total (141 B): compare the expert count instead
  const sameSize = catalog && size && (expertsMatch || (!size.activeOnlyExperts && (size.experts
    ? catalog.moe?.experts === size.experts.count
    : aliasSaysSize || Math.abs(size.params - catalog.params) / catalog.params <= SAME_SIZE_TOLERANCE)));

  // a catalogued model whose config gives no whole shape, named more fully than any shaped one matches
  // (nomic-embed-text-v2-moe is not v1.5): its published count, a stand-in shape, and the answer says so
  const unshaped = findUnshapedRow(hints.baseName.replace(/:/g, '-'));
  if (unshaped && (!match?.atStart || unshaped.alias.length > match.alias.length)
    && (!size || Math.abs(size.params - unshaped.row.params.count) / unshaped.row.params.count <= SAME_SIZE_TOLERANCE)) {
    const count = unshaped.row.params.count;
    const reference = referenceShape(count);
    warnings.push({ code: 'architecture_reference', reference: reference.name, model: unshaped.row.name });
    return {
      ok: true,
      model: { name, catalogName: unshaped.row.name, params: count, architecture: reference, shapeSource: 'size-reference', ...precision, warnings },
    };
  }
  if (catalog && match.atStart && (!size || sameSize)) {
    // the name is the catalogued model or a fine-tune of the same shape: its exact count
    return {
      ok: true,
      model: {
        name, catalogName: catalog.name, params: catalog.params, architecture: catalog, shapeSource: 'catalog',
        ...(catalog.moe?.activeParams ? { activeParams: catalog.moe.activeParams } : {}), ...precision, warnings,
      },
    };
  }
  // a fine-tune family or a family word with a size ("Midnight-Miqu-70B", "Gemma-2-Ataraxy-9B"), when no alias places it
  const derivedBase = (stated: StatedSize | undefined) => {
    for (const text of [hints.baseName.replace(/:/g, '-'), lookup.replace(/:/g, '-')]) {
      const found = fineTuneBase(text, stated, SAME_SIZE_TOLERANCE) ?? (stated && familyMember(text, stated))
        ?? (stated?.experts !== undefined ? expertsNamed(text) : undefined);
      if (found) return found;
    }
    return undefined;
  };
  if (!size) {
    const base = catalog ?? derivedBase(undefined);
    if (base) {
      warnings.push({ code: 'architecture_from_base', base: base.name });
      return { ok: true, model: { name, catalogName: base.name, params: base.params, architecture: base, shapeSource: 'base-model', ...precision, warnings } };
    }
    const suggestion = suggestModel(hints.baseName);
    return { ok: false, issues: [{ code: 'no_size_in_name', input: name, ...(suggestion ? { suggestion } : {}) }] };
  }
  // a derivative (ELYZA-japanese-Llama-2-7b may have grown its vocabulary): the stated size, the base's shape;
  // a name of one size of a family (GLM-4.5-…-106B) takes the sibling of that size (GLM-4.5-Air)
  const sibling = catalog && !sameSize && !size.experts ? sizedSibling(catalog, size.params, SAME_SIZE_TOLERANCE) : undefined;
  const base = (catalog && sameSize ? catalog : sibling)
    ?? (size.activeOnlyExperts ? undefined : derivedBase({ params: size.params, experts: size.experts?.count }));
  // "dolphin-2.5-mixtral-8x7b": 8x7B counts experts × expert size, not parameters (56 B for Mixtral's 46.7 B),
  // so a base with that many experts gives its own count; a dense stated size stays as written (seed parity)
  const expertsOfBase = !!size.experts && base?.moe?.experts === size.experts.count;
  if (size.experts && !size.activeParams && !expertsOfBase) {
    warnings.push({ code: 'moe_total_unknown', experts: size.experts.count, expertParams: size.experts.expertParams });
  }
  const params = base && expertsOfBase ? base.params : size.params;
  const architecture = base ?? referenceShape(size.params);
  const shapeSource: ShapeSource = base ? 'base-model' : 'size-reference';
  warnings.push(shapeSource === 'base-model'
    ? { code: 'architecture_from_base', base: architecture.name }
    : { code: 'architecture_reference', reference: architecture.name });
  return {
    ok: true,
    model: {
      name, catalogName: shapeSource === 'base-model' ? architecture.name : null, params, architecture, shapeSource,
      ...(size.activeParams ? { activeParams: size.activeParams } : expertsOfBase && base?.moe?.activeParams ? { activeParams: base.moe.activeParams } : {}),
      ...precision, warnings,
    },
  };
}

/** The reference dense shape nearest in size (log scale) to an unknown model. */
export function referenceShape(params: number): Architecture {
  const references = REFERENCE_SHAPE_IDS.map((id) => architectureById(id)).filter((a): a is Architecture => a !== undefined);
  let best = references[0] ?? (ARCHITECTURES[0] as Architecture);
  for (const candidate of references) {
    if (Math.abs(Math.log(candidate.params / params)) < Math.abs(Math.log(best.params / params))) best = candidate;
  }
  return best;
}

/** A model read from the Hub: its exact count and stored bytes; its config's shape, else the catalog's or a reference. */
export function resolveFromHub(facts: HubFacts): ResolvedModel {
  const name = facts.path ? `${facts.repoId}/${facts.path}` : facts.repoId;
  const catalog = findArchitecture(facts.path ?? facts.repoId.split('/').pop() ?? facts.repoId)?.architecture;
  const architecture = facts.architecture ?? catalog ?? referenceShape(facts.params);
  const warnings: Warning[] = [{ code: 'hub_exact', repoId: name }];
  if (!facts.architecture && !catalog) warnings.push({ code: 'architecture_reference', reference: architecture.name });
  return {
    name, catalogName: catalog?.name ?? null, params: facts.params, architecture,
    shapeSource: facts.architecture ? 'hub' : catalog ? 'base-model' : 'size-reference',
    ...(catalog?.moe?.activeParams ? { activeParams: catalog.moe.activeParams } : {}),
    ...(facts.precision ? { precisionFromName: facts.precision } : {}),
    ...(facts.precision ? { exactWeights: { bytes: facts.storedBytes, precision: facts.precision.id, tokenEmbeddingBytes: facts.tokenEmbeddingBytes } } : {}),
    warnings,
  };
}
