// The one pipeline every door calls: command text (+ the platform's locale) → a report or issues.
// `answer` is synchronous and never leaves the process; `answerWithHub` may first read the model's
// headers from the Hugging Face Hub (the chat doors acknowledge before calling it).
import type { ParseIssue } from './core/issues.js';
import { estimate, type Estimate } from './core/estimate/estimate.js';
import { exampleCommand, PLACEHOLDER_PARAMS } from './core/parse/example.js';
import { isUrl, parseHubRef, type HubRefResult } from './core/parse/hub-ref.js';
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

export function answer(text: string, context: AnswerContext = {}): Reply {
  const parsed = parseRequest(text);
  if (!parsed.ok) return failed(parsed.issues, parsed.example, parsed.lang, context);
  return resolveOrFail(parsed.request, context);
}

/** `model:org/name`, a Hub URL, or `file:org/name/file.gguf` point at the Hub; plain names do not. */
function hubTarget(request: EstimateRequest, hubUrl: string): HubRefResult {
  const model = request.model;
  if (model?.kind === 'hub') return parseHubRef(model.repoId, hubUrl);
  if (model?.kind === 'file' && (isUrl(model.name) || /^[^/\s]+\/[^/\s]+\/.+\.gguf$/i.test(model.name))) {
    return parseHubRef(model.name, hubUrl);
  }
  return { kind: 'not-hub' };
}

/** True when answering this text would consult the Hub: doors defer before such answers. */
export function needsHub(text: string, hub: HubClient | undefined): boolean {
  if (!hub) return false;
  const parsed = parseRequest(text);
  return parsed.ok && hubTarget(parsed.request, hub.hubUrl).kind === 'hub';
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

export async function answerWithHub(text: string, context: AnswerContext, hub: HubClient | undefined): Promise<Reply> {
  if (!hub) return answer(text, context);
  const parsed = parseRequest(text);
  if (!parsed.ok) return failed(parsed.issues, parsed.example, parsed.lang, context);
  const request = parsed.request;
  const target = hubTarget(request, hub.hubUrl);
  if (target.kind === 'refused') {
    const input = request.model?.kind === 'file' ? request.model.name : '';
    return failed([{ code: 'hub_host_refused', input, host: target.host }], withPlaceholderSize(request), request.lang, context);
  }
  if (target.kind !== 'hub') return resolveOrFail(request, context);
  const resolved = await resolveThroughHub(target.ref, request, hub);
  if (!resolved.ok) return failed(resolved.issues, withPlaceholderSize(request), request.lang, context);
  return finish(request, resolved.model, context);
}
