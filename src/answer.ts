// The one pipeline every door calls: command text (+ the platform's locale) → a report or issues.
// `answer` is synchronous and never leaves the process; `answerWithHub` may first read the model's
// headers from the Hugging Face Hub (the chat doors acknowledge before calling it).
import type { ParseIssue } from './core/issues.js';
import { estimate, type Estimate } from './core/estimate/estimate.js';
import { exampleCommand, PLACEHOLDER_PARAMS } from './core/parse/example.js';
import { parseModelName } from './core/parse/filename.js';
import { hubTarget, isUrl, type HubRefResult } from './core/parse/hub-ref.js';
import { parseRequest } from './core/parse/to-request.js';
import { longestContext, MIN_USEFUL_CONTEXT } from './core/advice/longest-context.js';
import { buildCandidatesReport, type CandidatesReport } from './core/report/candidates-report.js';
import { buildReport, type Report } from './core/report/report.js';
import type { EstimateRequest, Lang } from './core/request.js';
import { resolveFromHub, resolveModel, type ResolvedModel, type ResolveResult } from './core/resolve-model.js';
import type { HubClient } from './hub/hf.js';
import { HubLookupError } from './hub/hf.js';
import { chooseLang, MESSAGES } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';

export type Reply =
  | {
      readonly ok: true;
      readonly kind: 'estimate';
      readonly lang: Lang;
      readonly messages: Messages;
      readonly estimate: Estimate;
      readonly report: Report;
    }
  | {
      readonly ok: true;
      /** a GPU asked with no model: what fits it */
      readonly kind: 'candidates';
      readonly lang: Lang;
      readonly messages: Messages;
      readonly request: EstimateRequest;
      readonly report: CandidatesReport;
    }
  | {
      readonly ok: false;
      readonly lang: Lang;
      readonly messages: Messages;
      readonly issues: readonly ParseIssue[];
      /** a command that works, built from what was understood (no command prefix) */
      readonly example: string;
    };

export interface AnswerContext {
  /** the user's locale on the platform (`ja`, `en-US`), used when the command has no lang: */
  readonly locale?: string;
  /** the Hub whose URLs may be read (HF_ENDPOINT); without it every URL is refused */
  readonly hubUrl?: string | undefined;
}

function failed(issues: readonly ParseIssue[], example: string, langOption: Lang | undefined, context: AnswerContext): Reply {
  const lang = chooseLang(langOption, context.locale);
  return { ok: false, lang, messages: MESSAGES[lang], issues, example };
}

/** The request with a size beside its name: what to try when the name does not tell the size. */
function withPlaceholderSize(request: EstimateRequest): string {
  const model = request.model;
  if (model && model.kind !== 'params') return exampleCommand({ ...request, model: { ...model, params: model.params ?? PLACEHOLDER_PARAMS } });
  return exampleCommand(request);
}

function finish(asked: EstimateRequest, model: ResolvedModel, context: AnswerContext): Reply {
  let request = asked;
  if (asked.contextMax) {
    // ctx:max: the longest context that fits, then sized like any other
    const tokens = longestContext(asked, model);
    if (tokens === null) return failed([{ code: 'ctx_max_none', minimum: MIN_USEFUL_CONTEXT }], exampleCommand({ ...asked, contextMax: false }), asked.lang, context);
    request = { ...asked, contextTokens: tokens };
  }
  const lang = chooseLang(request.lang, context.locale);
  const result = estimate(request, model);
  return { ok: true, kind: 'estimate', lang, messages: MESSAGES[lang], estimate: result, report: buildReport(result) };
}

function whatFits(request: EstimateRequest, context: AnswerContext): Reply {
  const lang = chooseLang(request.lang, context.locale);
  return { ok: true, kind: 'candidates', lang, messages: MESSAGES[lang], request, report: buildCandidatesReport(request) };
}

function resolveOrFail(request: EstimateRequest, context: AnswerContext): Reply {
  if (!request.model) return request.gpu ? whatFits(request, context) : failed([{ code: 'missing_model' }], exampleCommand(request), request.lang, context);
  const resolved = resolveModel(request.model);
  if (!resolved.ok) return failed(resolved.issues, withPlaceholderSize(request), request.lang, context);
  return finish(request, resolved.model, context);
}

/** One URL policy for every door, with or without a Hub client: a URL to another host is refused. */
function refusedUrl(request: EstimateRequest, target: HubRefResult, context: AnswerContext): Reply | undefined {
  if (target.kind !== 'refused') return undefined;
  const input = request.model?.kind === 'file' ? request.model.name : request.model?.kind === 'hub' ? request.model.repoId : '';
  return failed([{ code: 'hub_host_refused', input, host: target.host }], withPlaceholderSize(request), request.lang, context);
}

export function answer(text: string, context: AnswerContext = {}): Reply {
  const parsed = parseRequest(text);
  if (!parsed.ok) return failed(parsed.issues, parsed.example, parsed.lang, context);
  return refusedUrl(parsed.request, hubTarget(parsed.request.model, context.hubUrl), context) ?? resolveOrFail(parsed.request, context);
}

/** A file name neither the catalog nor its size places: the Hub's search may find it. */
function searchQuery(request: EstimateRequest): string | undefined {
  const model = request.model;
  if (model?.kind !== 'file' || isUrl(model.name)) return undefined;
  const resolved = resolveModel(model);
  if (resolved.ok || !resolved.issues.every((i) => i.code === 'no_size_in_name')) return undefined;
  // the Hub matches repo ids: the name without its quant and format tags (`Foo-Instruct-Q4_K_M.gguf` → `Foo-Instruct`)
  let query = parseModelName(model.name).baseName;
  for (let previous = ''; previous !== query;) {
    previous = query;
    query = query.replace(QUANT_SUFFIX, '');
  }
  return query.length >= 2 ? query : undefined;
}

const QUANT_SUFFIX = /[-_. ](?:ud[-_])?(?:i?q\d(?:_[0-9a-z]{1,3}){0,3}|tq[12]_0|f16|f32|bf16|fp16|fp32|fp8|gguf|gptq|awq|exl2|mlx|int[48]|[48]bit|mxfp4(?:_moe)?)$/i;

/** True when answering this text would consult the Hub (a look-up or a search): doors defer before such answers. */
export function needsHub(text: string, hub: HubClient | undefined): boolean {
  if (!hub) return false;
  const parsed = parseRequest(text);
  return parsed.ok && (hubTarget(parsed.request.model, hub.hubUrl).kind === 'hub' || searchQuery(parsed.request) !== undefined);
}

async function resolveThroughHub(ref: Extract<HubRefResult, { kind: 'hub' }>['ref'], request: EstimateRequest, hub: HubClient): Promise<ResolveResult> {
  try {
    return { ok: true, model: resolveFromHub(await hub.lookup(ref)) };
  } catch (error) {
    const reason = error instanceof HubLookupError ? error.reason : 'unavailable';
    const repoId = ref.path ? `${ref.repo}/${ref.path}` : ref.repo;
    // the name may still say enough: answer from it, and say the Hub did not
    const fallback = request.model ? resolveModel(request.model) : undefined;
    if (fallback?.ok) {
      const warnings = fallback.model.warnings.filter((w) => w.code !== 'hub_not_consulted');
      return { ok: true, model: { ...fallback.model, warnings: [{ code: 'hub_fallback', repoId, reason }, ...warnings] } };
    }
    return { ok: false, issues: [{ code: 'hub_failed', repoId, reason }] };
  }
}

/** The most downloaded Hub repo matching the name, sized from its headers, named in the answer. */
async function resolveThroughSearch(name: string, query: string, hub: HubClient): Promise<ResolveResult> {
  try {
    const found = resolveFromHub(await hub.search(query));
    const named = parseModelName(name).precision;
    const warnings = found.warnings.filter((w) => w.code !== 'hub_exact');
    return {
      ok: true,
      model: {
        ...found, name, ...(named ? { precisionFromName: named } : {}),
        warnings: [{ code: 'hub_search_match', input: name, repoId: found.name ?? query }, ...warnings],
      },
    };
  } catch (error) {
    const reason = error instanceof HubLookupError ? error.reason : 'unavailable';
    return { ok: false, issues: [{ code: 'hub_search_failed', input: name, reason }] };
  }
}

export async function answerWithHub(text: string, context: AnswerContext, hub: HubClient | undefined): Promise<Reply> {
  if (!hub) return answer(text, context);
  const parsed = parseRequest(text);
  if (!parsed.ok) return failed(parsed.issues, parsed.example, parsed.lang, context);
  const request = parsed.request;
  const target = hubTarget(request.model, hub.hubUrl);
  const refused = refusedUrl(request, target, { ...context, hubUrl: hub.hubUrl });
  if (refused) return refused;
  const query = target.kind === 'hub' ? undefined : searchQuery(request);
  if (query !== undefined && request.model?.kind === 'file') {
    const searched = await resolveThroughSearch(request.model.name, query, hub);
    if (!searched.ok) return failed(searched.issues, withPlaceholderSize(request), request.lang, context);
    return finish(request, searched.model, context);
  }
  if (target.kind !== 'hub') return resolveOrFail(request, context);
  const resolved = await resolveThroughHub(target.ref, request, hub);
  if (!resolved.ok) return failed(resolved.issues, withPlaceholderSize(request), request.lang, context);
  return finish(request, resolved.model, context);
}
