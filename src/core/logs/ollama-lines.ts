// ollama's own lines (slog key=value): its estimator's `msg="offload to cuda" … memory.required.full="…"`
// (llm/memory.go MemoryEstimate.LogValue, https://github.com/ollama/ollama/blob/1a19df1f3a39481dfe686c8f1041f91531a04ada/llm/memory.go),
// its engine's measured layout `msg="model weights" device=CUDA0 size="…"` / "kv cache" / "compute graph" /
// "total memory" (ml/device.go, https://github.com/ollama/ollama/blob/c68f367ef6688972de6798e631a7aa50c48af763/ml/device.go,
// and `buffer=` in ml/backend/ggml/ggml.go before it), the GPUs it found (`msg="inference compute" … name=… total=…
// available=…`, discover/types.go) and the system-memory refusal (llm/server.go "model requires more system
// memory (%s) than is available (%s)"). Sizes are HumanBytes2: binary units, one decimal.
import { firstSize, printedSize, type Printed } from './amounts.js';
import { int, type LineRule } from './line-rule.js';
import { addFailure, addFigure, deviceOf } from './add-fact.js';
import type { FigureKey, LogFacts } from './log-facts.js';

const SIZE = '(\\d{1,7}(?:\\.\\d{1,2})?) (TiB|GiB|MiB|KiB|B)';

const ESTIMATE_KEYS: Readonly<Record<string, FigureKey>> = {
  'memory.required.full': 'ollama_required_full', 'memory.required.partial': 'ollama_required_partial',
  'memory.required.kv': 'ollama_required_kv', 'memory.weights.total': 'ollama_weights_total',
  'memory.graph.full': 'ollama_graph_full', 'memory.graph.partial': 'ollama_graph_partial',
};

const LAYOUT_KEYS: Readonly<Record<string, FigureKey>> = {
  'model weights': 'weights', 'kv cache': 'kv_cache', 'compute graph': 'compute', 'total memory': 'ollama_total',
};

const PAIR = /\b(layers\.(?:requested|model|offload)|memory\.(?:available|required\.(?:full|partial|kv)|weights\.total|graph\.(?:full|partial)))=("[^"]{0,200}"|[^\s"]{1,40})/g;
const SIZES_IN_LIST = new RegExp(SIZE, 'g');

function applyEstimate(text: string, facts: LogFacts, line: number): void {
  for (const pair of text.matchAll(PAIR)) {
    const [key = '', raw = ''] = [pair[1], pair[2]];
    const value = raw.replace(/^"|"$/g, '');
    if (key === 'layers.model') facts.settings.offloadableLayers = int(value);
    else if (key === 'layers.offload') facts.settings.offloadedLayers = int(value);
    else if (key === 'layers.requested' && value !== '-1') facts.asked.requestedGpuLayers = int(value);
    else if (key === 'memory.available') {
      let gpu = 0;
      for (const size of value.matchAll(SIZES_IN_LIST)) {
        addFigure(facts, 'ollama_available', `GPU${gpu++}`, printedSize(size[1] ?? '', size[2] ?? ''), line);
      }
    } else {
      const figure = ESTIMATE_KEYS[key];
      if (figure) addFigure(facts, figure, null, firstSize(value), line);
    }
  }
}

const quoted = (text: string, key: string): string | undefined =>
  new RegExp(`\\b${key}=(?:"([^"]{1,100})"|([^\\s"]{1,60}))`).exec(text)?.slice(1).find((v) => v !== undefined);

export const OLLAMA_LINES: readonly LineRule[] = [
  { runtime: 'ollama', needle: 'memory.', pattern: /\bmemory\.(?:required|available|weights|graph)/, apply: (m, facts, line) => applyEstimate(m.input, facts, line) },
  {
    runtime: 'ollama', needle: 'msg="',
    pattern: new RegExp(`msg="(model weights|kv cache|compute graph|total memory)"(?: (?:buffer|device|backend)=(\\S{1,64}))?(?: buffer_type=\\S{1,64})? size="${SIZE}"`),
    apply: (m, facts, line) => {
      const key = LAYOUT_KEYS[m[1] ?? ''];
      if (key) addFigure(facts, key, key === 'ollama_total' ? null : (m[2] ?? null), printedSize(m[3] ?? '', m[4] ?? ''), line);
    },
  },
  {
    runtime: 'ollama', needle: 'inference compute',
    pattern: /msg="inference compute"/,
    apply: (m, facts) => {
      const device = deviceOf(facts, quoted(m.input, 'id') ?? `GPU${facts.devices.length}`);
      if (!device) return;
      const name = quoted(m.input, 'name') ?? quoted(m.input, 'description');
      if (name) device.name = name;
      const total = firstSize(quoted(m.input, 'total') ?? '');
      const free = firstSize(quoted(m.input, 'available') ?? '');
      if (total) device.totalBytes = total.bytes;
      if (free) device.freeBytes = free.bytes;
    },
  },
  {
    runtime: 'ollama', needle: 'model requires more system memory',
    pattern: new RegExp(`model requires more system memory \\(${SIZE}\\)(?: than is available \\(${SIZE}\\))?`),
    apply: (m, facts, line) => {
      const required = printedSize(m[1] ?? '', m[2] ?? '');
      const available: Printed | null = m[3] ? (printedSize(m[3], m[4] ?? '') ?? null) : null;
      if (required) addFailure(facts, { code: 'ollama_system_memory', required, available, line });
    },
  },
  {
    runtime: 'ollama', needle: 'OLLAMA_',
    pattern: /OLLAMA_(?:KV_CACHE_TYPE|FLASH_ATTENTION|CONTEXT_LENGTH|NUM_PARALLEL):/,
    apply: (m, facts) => {
      const env = (key: string) => new RegExp(`OLLAMA_${key}:([\\w.]{0,12})`).exec(m.input)?.[1];
      const kv = env('KV_CACHE_TYPE');
      if (kv) facts.asked.typeK = facts.asked.typeV = kv;
      const fa = env('FLASH_ATTENTION');
      if (fa) facts.asked.flashAttention = fa === 'true' || fa === '1' ? 'on' : 'off';
      const ctx = int(env('CONTEXT_LENGTH'));
      if (ctx) facts.asked.contextPerSequence = ctx;
      const parallel = int(env('NUM_PARALLEL'));
      if (parallel) facts.asked.sequences = parallel;
    },
  },
  { runtime: 'ollama', needle: 'source=', pattern: /level=(?:INFO|WARN|ERROR|DEBUG) source=\w{1,40}\.go:\d{1,6}/, apply: () => undefined },
];
