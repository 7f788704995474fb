// The shape every language file fills: one sentence per issue and warning code, one label per report line.
// A missing key in any language fails `tsc`.
import type { FormatKind } from '../core/catalog/formats.js';
import type { ParseIssue, ParseIssueCode, Warning, WarningCode } from '../core/issues.js';
import type { ReportLineKey } from '../core/report/report.js';
import type { AdviceItem, AdviceKind } from '../core/advice/advise.js';
import type { Sharding } from '../core/estimate/training.js';
import type { ControlId } from '../core/report/controls.js';
import type { Mode } from '../core/request.js';

/** Number formatting the sentences need; render/units.ts supplies it, so i18n never imports the renderers. */
export interface Units {
  readonly params: (count: number) => string;
  readonly bytes: (bytes: number) => string;
  readonly count: (count: number) => string;
}

type ByCode<U extends { code: string }, C extends string> = {
  readonly [K in C]: (item: Extract<U, { code: K }>, units: Units) => string;
};

export interface Messages {
  /** one sentence per issue; the reply's example (a command that works) follows them */
  readonly issue: ByCode<ParseIssue, ParseIssueCode>;
  readonly warning: ByCode<Warning, WarningCode>;
  readonly line: Readonly<Record<ReportLineKey, string>>;
  readonly mode: Readonly<Record<Mode, string>>;
  /** one line on what a precision is, by kind */
  readonly formatKind: Readonly<Record<FormatKind, string>>;
  /** one sentence per kind of advice; the renderer adds the item's command */
  readonly advice: { readonly [K in AdviceKind]: (item: AdviceItem, units: Units) => string };
  readonly sharding: Readonly<Record<Sharding, string>>;
  /** the names of the answer's controls */
  readonly controls: Readonly<Record<ControlId, string>>;
  /** the answer at a glance: verdict first, figures grouped, notes last */
  readonly glance: {
    readonly fits: (gpu: string, used: string, free: string) => string;
    readonly fitsSplit: (gpu: string, used: string, ram: string) => string;
    readonly short: (gpu: string, short: string) => string;
    readonly needs: (vram: string) => string;
    readonly speed: (tokensPerSecond: string) => string;
    readonly speedBasis: (bandwidthGBps: number, backend: string, ramBytes: string | null) => string;
    readonly runtimeLine: (runtime: string, flashAttention: boolean) => string;
    readonly gpuMemory: (gb: number) => string;
    readonly computeAndReserve: string;
    readonly whatToTry: string;
    readonly shardingLine: (stage: string, gpus: number, perGpu: string) => string;
    readonly used: string;
    readonly groups: { readonly gpu: string; readonly ram: string };
  };
  /** Slack's App Home tab and link unfurls */
  readonly home: {
    readonly title: string;
    readonly intro: string;
    readonly examples: string;
    readonly more: string;
    readonly unfurlTitle: (repo: string) => string;
    readonly unfurlBasis: string;
  };
  readonly candidates: {
    readonly title: (gpu: string, context: string) => string;
    readonly line: (model: string, precision: string, vram: string, speed: string | null) => string;
    readonly none: string;
    readonly basis: string;
  };
  readonly text: {
    readonly title: (model: string, precision: string) => string;
    readonly paramsLine: (params: string, bits: string, active: string | null) => string;
    readonly contextLine: (tokens: string, batch: number, kv: string) => string;
    readonly vramTotal: string;
    readonly ramWithGpu: string;
    readonly ramCpuOnly: string;
    readonly fits: (gpu: string, headroom: string) => string;
    readonly doesNotFit: (gpu: string, short: string) => string;
    readonly offload: (gpuLayers: number, totalLayers: number, ram: string) => string;
    readonly noOffloadTraining: string;
    readonly gpuBySize: (gib: number) => string;
    readonly gpuCount: (count: number, name: string) => string;
    readonly notes: string;
    readonly errorTitle: string;
    /** the example that ends every error message */
    readonly tryExample: (command: string) => string;
    readonly sizeOnly: (params: string) => string;
    /** what the figures assume, for footers */
    readonly assumptions: (runtime: string) => string;
    readonly postToChannel: string;
    /** the reply to a mention that names no model */
    readonly usageHint: string;
    readonly rateLimited: string;
  };
}
