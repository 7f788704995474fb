// ログ解説の日本語。
import { printedText, type Printed } from '../core/logs/amounts.js';
import type { AllocStage } from '../core/logs/log-facts.js';
import type { LogMessages } from './log-messages.js';

const STAGE: Readonly<Record<AllocStage, string>> = {
  weights: 'モデルの重み', kv_cache: 'KV キャッシュ', compute: '計算バッファ', output: '出力バッファ', unknown: 'バッファ',
};

const p = (size: Printed | null) => (size ? printedText(size) : 'メモリ');
const on = (device: string) => (device ? ` (${device})` : '');

export const logJa: LogMessages = {
  runtime: { 'llama.cpp': 'llama.cpp', ollama: 'ollama', vllm: 'vLLM', pytorch: 'PyTorch' },
  title: (runtime, lines, recognised) => `${runtime} のログ: ${lines} 行を読み、${recognised} 行を認識`,
  unrecognised: 'このメッセージには llama.cpp・ollama・vLLM・PyTorch のメモリ行が見つかりませんでした。',
  heading: {
    figures: 'ログに出ている値',
    settings: '設定',
    estimate: '同じ実行の llmmem の見積もり',
    fixes: '直し方',
    notes: '注記',
  },
  figure: {
    weights: 'モデルバッファ', kv_cache: 'KV バッファ', compute: '計算バッファ', output: '出力バッファ', input: '入力バッファ',
    kv_total: 'KV キャッシュ (全層)',
    fit_projected: '--fit の見積もり: 使うデバイスメモリ', fit_free: '--fit の見積もり: 空きデバイスメモリ',
    ollama_required_full: 'memory.required.full (ollama の見積もり)', ollama_required_partial: 'memory.required.partial (ollama の見積もり)',
    ollama_required_kv: 'memory.required.kv (ollama の見積もり)', ollama_weights_total: 'memory.weights.total (ollama の見積もり)',
    ollama_graph_full: 'memory.graph.full (ollama の見積もり)', ollama_graph_partial: 'memory.graph.partial (ollama の見積もり)',
    ollama_available: 'ollama が見た空きメモリ', ollama_total: '合計メモリ',
    vllm_weights: 'モデルの重み', vllm_kv_available: 'KV キャッシュに使えるメモリ', vllm_total_gpu: 'GPU メモリ全体',
    vllm_requested: 'gpu_memory_utilization の割り当て', vllm_activation_peak: '活性化のピーク', vllm_non_torch: 'PyTorch 外のメモリ',
    vllm_cuda_graph: 'CUDA グラフ',
  },
  stage: STAGE,
  failure: {
    gpu_alloc_failed: (f) => `GPU${on(f.device)} に ${STAGE[f.stage]} の ${p(f.size)} を確保する空きがなく、確保に失敗しました (メモリ不足)。`,
    host_alloc_failed: (f) => `システムメモリに ${STAGE[f.stage]} の ${p(f.size)} を確保する空きがなく、確保に失敗しました。`,
    cuda_oom: () => '実行中に CUDA のメモリが足りなくなりました (バッファ確保の後)。',
    ollama_system_memory: (f) => `ollama が読み込みを拒否しました: システムメモリが ${printedText(f.required)} 必要${f.available ? `で、空きは ${printedText(f.available)}` : ''}です。`,
    vllm_context_too_long: (f, u) => f.needed && f.available
      ? `max_model_len ${u.count(f.maxModelLen)} トークンのリクエスト 1 件に KV キャッシュが ${printedText(f.needed)} 必要ですが、vLLM には ${printedText(f.available)} しかありませんでした。`
      : `max_model_len ${u.count(f.maxModelLen)} は vLLM の KV キャッシュに入る ${u.count(f.kvTokens ?? 0)} トークンより長いです。`,
    vllm_no_kv_memory: () => '重みと活性化の後、vLLM の KV キャッシュに使えるメモリが残りませんでした。',
    vllm_free_memory: (f) => `vLLM の起動時に空きが ${printedText(f.total)} 中 ${printedText(f.free)} しかなく、gpu_memory_utilization ${f.utilization} に足りません。`,
    torch_oom: (f) => `PyTorch が${f.device !== null ? ` GPU ${f.device} に` : ''} ${printedText(f.tried)} を確保できませんでした${f.total ? ` (全体 ${printedText(f.total)}${f.free ? `、空き ${printedText(f.free)}` : ''})` : ''}。`,
    fit_failed: () => 'llama.cpp の --fit がすべてのデバイスで空きメモリの余裕を確保できませんでした。',
  },
  noFailure: 'このログには実行を止めたものはありません。',
  compared: { weights: '重み', kv_cache: 'KV キャッシュ', compute: '計算バッファ', vram: 'GPU メモリ合計' },
  comparedSource: { printed: '', sum: 'デバイスの合計', ollama_estimate: 'ollama の見積もり', per_gpu: 'GPU 1 枚あたり', failed: '失敗した確保' },
  columns: { log: 'ログ', llmmem: 'llmmem' },
  sameRun: (command) => `同じ実行を llmmem に聞くと: \`${command}\``,
  fix: {
    kv_quant: () => 'KV キャッシュを q8_0 で持つ (f16 の半分、flash attention を有効に)',
    flash_attention: () => 'flash attention を有効にする (計算バッファに注意スコアを持たない)',
    context: (f, u) => `コンテキストを ${u.count(f.value ?? 0)} トークンに縮める`,
    ubatch: (f) => `物理バッチを ${f.value ?? 0} トークンに小さくする`,
    gpu_layers: (f) => `GPU に ${f.value ?? 0} 層を載せ、残りをシステム RAM に置く`,
    moe_offload: (f) => `最初の ${f.value ?? 0} 層のエキスパートをシステム RAM に置く`,
    max_model_len: (f, u) => `リクエストを ${u.count(f.value ?? 0)} トークンまでに制限する`,
    gpu_memory_utilization: (f) => `vLLM に GPU の ${Math.round((f.value ?? 0) * 100)} % を使わせる`,
    tensor_parallel: (f) => `モデルを ${f.value ?? 0} 枚の GPU に分割する`,
    kv_fp8: () => 'KV キャッシュを fp8 で持つ (fp16 の半分)',
    smaller_quant: (f) => `小さい量子化 ${f.flags} を使う`,
  },
  verdict: (f, u) => {
    if (f.basis === 'log') return f.fits ? 'ログの値で足りる' : 'ログの値から';
    if (f.kind === 'gpu_layers') return 'llmmem の分割';
    if (f.fits === null) return f.bytes !== null ? `llmmem で ${u.bytes(f.bytes)} (照合する GPU なし)` : '照合する GPU なし';
    const size = f.bytes !== null ? `${u.bytes(f.bytes)}、` : '';
    return `${size}llmmem では${f.fits ? '収まる' : '収まらない'}`;
  },
  note: {
    model_from_shape: (n) => `ログにモデル名がありません。形 (層数・幅・語彙) は ${n.model} と同じです。`,
    model_unknown: () => 'どのモデルを動かしたかログに出ていないため、llmmem の見積もりを並べられません。ファイル名の出る行を貼るか、`file:` で聞いてください。',
    gpu_unknown: () => 'ログに GPU が出ていません。コマンドに `gpu:` を足すと、直し方をお使いのカードで確かめられます。',
    gpu_from_log_memory: (n) => `GPU はログに出た ${n.gib} GiB で見積もっています。`,
    gpu_from_free_memory: (n) => `空きメモリ (${n.gib} GiB) しか分からないため、GPU をその大きさで見積もっています。`,
    gpu_from_message: (n) => `GPU はログではなくメッセージにある ${n.gpu} としています。`,
    mixed_gpus: (n) => `${n.count} 種類の GPU があります。llmmem は平均の ${n.gib} GiB のカードが並ぶものとして数えます。`,
    flash_attention_assumed_off: () => 'flash_attn 行のない古い llama.cpp です。-fa を付けない限り flash attention なしで動いていました。',
    partial_offload: (n) => `GPU で動いたのは ${n.total} 層中 ${n.offloaded} 層だけです。ログの GPU バッファはモデル全体ではありません。`,
    experts_on_cpu: () => 'エキスパートはシステム RAM に置かれていました (-ot exps=CPU / --n-cpu-moe)。llmmem の VRAM は GPU に載せた場合の値です。',
    estimate_fits_but_log_failed: () => 'llmmem ではこのカードに収まる見込みですが、実際には足りませんでした。他のプログラムが GPU メモリを使っていたか、空きがカードの容量より少なかったはずです。',
    capacity_from_log: (n, u) => `直し方は、失敗する前にカードが確保できた ${u.bytes(n.bytes)} に合わせています。`,
    failure_recovered: (n) => `${n.device ? `${n.device} での` : ''}${p(n.size)} の確保に一度失敗し、やり直しで成功しました。`,
    ollama_estimate: () => 'ollama の memory.* の値は読み込み前の見積もりで、実際の確保量ではありません。',
    log_truncated: (n, u) => `貼り付けが ${u.count(n.maxChars)} 文字を超えたため、残りは読んでいません。`,
  },
};
