// 日本語: すべてのコードとラベルの文言。
import type { HubFailureReason } from '../core/issues.js';
import { formatParams } from '../render/units.js';
import { FILE_EXAMPLE, WORKING_EXAMPLE, type Messages } from './messages.js';

const eg = (example: string) => ` 例: \`${example}\``;

const HUB_REASONS_JA: Record<HubFailureReason, string> = {
  not_found: 'Hugging Face にそのリポジトリまたはファイルがありません',
  gated: 'アクセス制限のあるリポジトリです。アクセス権のある HF_TOKEN が必要です',
  unavailable: 'Hugging Face に接続できないか、時間内に応答がありませんでした',
  malformed: 'Hugging Face 上のファイルのヘッダーを読み取れませんでした',
};

export const ja: Messages = {
  issue: {
    empty_input: () => `モデルを指定してください（サイズ、ファイル名、Hugging Face のリポジトリ）。${eg(WORKING_EXAMPLE)}`,
    input_too_long: (i) => `入力が ${i.length} 文字あります。読めるのは ${i.max} 文字までです。${eg(WORKING_EXAMPLE)}`,
    unknown_option: (i) =>
      `\`${i.input}:\` というオプションはありません${i.suggestion ? `。\`${i.suggestion}:\` のことですか？` : '。'}${eg(WORKING_EXAMPLE)}`,
    duplicate_option: (i) => `\`${i.option}:\` が二回指定されています。一回にしてください。${eg(WORKING_EXAMPLE)}`,
    missing_value: (i) => `\`${i.option}:\` のコロンの後に値を書いてください。${eg(WORKING_EXAMPLE)}`,
    conflicting_model_sources: (i) =>
      `モデルの指定は一つにしてください（${i.options.map((o) => `\`${o}:\``).join(' と ')} が指定されています）。${eg(WORKING_EXAMPLE)}`,
    missing_model: () => `どのモデルですか？ \`params:\`、\`file:\`、\`model:\` のどれかを指定してください。${eg(FILE_EXAMPLE)}`,
    invalid_number: (i) => `\`${i.option}:${i.input}\` は数値ではありません。${eg(i.option === 'ctx' ? '/llmmem params:7 ctx:8192' : WORKING_EXAMPLE)}`,
    out_of_range: (i) =>
      `\`${i.option}:${i.input}\` は範囲外です（${i.option === 'params' ? `${formatParams(i.min)}〜${formatParams(i.max)}` : `${i.min}〜${i.max}`}）。${eg(WORKING_EXAMPLE)}`,
    unknown_precision: (i) =>
      `精度 \`${i.input}\` はわかりません${i.suggestion ? `。\`precision:${i.suggestion}\` のことですか？` : '。'}使えるもの: fp32, fp16, bf16, fp8, int8, int4, GGUF 形式（q4_k_m, q8_0, iq3_xxs…）, gptq, awq, nf4, mxfp4, exl2。${eg('/llmmem params:7 precision:q4_k_m')}`,
    unknown_kv: (i) =>
      `KV キャッシュの型 \`${i.input}\` はわかりません${i.suggestion ? `。\`kv:${i.suggestion}\` のことですか？` : '。'}使えるもの: fp16, bf16, fp32, fp8, q8_0, q4_0。${eg('/llmmem params:7 kv:q8_0')}`,
    unknown_mode: (i) =>
      `モード \`${i.input}\` はわかりません${i.suggestion ? `。\`mode:${i.suggestion}\` のことですか？` : '。'}使えるもの: inference, lora, qlora, full。${eg('/llmmem params:7 mode:qlora')}`,
    unknown_gpu: (i) =>
      `GPU \`${i.input}\` はわかりません${i.suggestion ? `。\`gpu:${i.suggestion}\` のことですか？` : '。'}GB 単位のサイズでも指定できます。${eg('/llmmem params:7 gpu:24')}`,
    unknown_lang: (i) => `\`${i.input}\` には対応していません。\`en\` か \`ja\` を指定してください。${eg('/llmmem params:7 lang:ja')}`,
    unknown_word: (i) => `\`${i.input}\` の意味がわかりません。${eg(WORKING_EXAMPLE)}`,
    hub_host_refused: (i) => `設定された Hugging Face Hub 以外（\`${i.host}\`）からは読み込みません。${eg('/llmmem model:Qwen/Qwen2.5-7B-Instruct')}`,
    hub_failed: (i) => `${HUB_REASONS_JA[i.reason]}（\`${i.repoId}\`）。名前からもサイズがわかりません。${eg('/llmmem params:7 precision:bf16')}`,
    name_too_long: (i) => `\`${i.option}:\` の名前が ${i.max} 文字を超えています。そこまで長いモデル名はありません。${eg(FILE_EXAMPLE)}`,
    no_size_in_name: (i) =>
      `\`${i.input}\` の名前からはサイズがわかりません${i.suggestion ? `（\`${i.suggestion}\` のことですか？）` : ''}。\`params:\` で指定してください。${eg('/llmmem params:14 precision:q4_k_m')}`,
  },
  warning: {
    architecture_reference: (w) => `アーキテクチャ不明: KV キャッシュと計算バッファはサイズの近い ${w.reference} の構造で見積もりました。`,
    architecture_from_base: (w) => `構造はベースモデル ${w.base} のものを使いました。`,
    precision_assumed: (w) => `精度の指定も名前の中の表記もないため ${w.precision} としました。`,
    precision_overrides_name: (w) => `名前は ${w.fromName} ですが、指定どおり ${w.used} で計算しました。`,
    gguf_width_preset: (w) => `「${w.input}」という名前の GGUF ファイルは単純な ${w.input === 'q4' ? '4' : '8'} ビットではなく llama.cpp の ${w.used} プリセットです。`,
    precision_variant: (w) => `${w.input} は ${w.used} として計算しました（一部のテンソルだけが異なります）。`,
    moe_total_unknown: (w) =>
      `${w.experts}×${formatParams(w.expertParams)} はアテンションを共有する MoE です。${formatParams(w.experts * w.expertParams)} は上限です。正確な総数は params: で指定してください。`,
    moe_active_only: (w) =>
      `${formatParams(w.activeParams)} は ${w.experts} エキスパートのうちアクティブな分のサイズです。全エキスパートをメモリに載せるため総数はもっと大きくなります。params: で指定してください。`,
    multiple_sizes: (w) => `名前に複数のサイズがあります。${formatParams(w.used)} を使いました。`,
    seed_width: (w) =>
      w.precision === 'int4'
        ? 'INT4 はちょうど 4 ビットで計算しています。実際の 4 ビット形式はスケールも持ちます: GPTQ/AWQ ≈ 4.16、GGUF Q4_K_M ≈ 4.9 ビット/重み。'
        : 'INT8 はちょうど 8 ビットで計算しています。GGUF Q8_0 は 32 重みごとにスケールを持ちます（8.5 ビット/重み）。',
    exl2_bpw_assumed: (w) => `EXL2 のビット数の指定がないため ${w.bitsPerWeight}bpw としました。`,
    context_over_max: (w) => `${w.model} の学習時の最大コンテキストは ${w.maxContext.toLocaleString('ja-JP')} トークンです。`,
    qlora_base_nf4: (w) => `QLoRA ではベースモデルを NF4 で読み込むため、${w.given} は重みには使っていません。`,
    hub_fallback: (w) => `${HUB_REASONS_JA[w.reason]}（${w.repoId}）。名前とカタログから計算しました。`,
    hub_exact: (w) => `サイズと構造は Hugging Face の ${w.repoId} から読み取りました。`,
    hub_not_consulted: (w) => `${w.repoId} は Hugging Face に問い合わせず、名前とカタログから計算しました。`,
  },
  line: {
    weights: '重み',
    kv_cache: 'KV キャッシュ',
    compute: '計算バッファ',
    activations: 'アクティベーション',
    gradients: '勾配',
    optimizer: 'オプティマイザ（Adam）',
    adapters: 'LoRA アダプタ + オプティマイザ',
    runtime_reserve: 'ランタイム予約',
  },
  formatKind: {
    float: '浮動小数点',
    integer: '単純な整数幅（元の計算機と同じ数え方）',
    gguf_legacy: 'GGUF 旧形式の量子化（llama.cpp、32 重みブロック）',
    gguf_k: 'GGUF k-quant ミックス（llama.cpp）',
    gguf_i: 'GGUF i-quant（llama.cpp、重要度行列）',
    ternary: 'GGUF 三値量子化（BitNet/TriLM）',
    microscaling: 'マイクロスケーリング FP4（gpt-oss のエキスパート）',
    gptq: 'GPTQ（グループ 128、埋め込みは 16 ビット）',
    awq: 'AWQ（グループ 128、埋め込みは 16 ビット）',
    bitsandbytes: 'bitsandbytes NF4（二重量子化）',
    exl2: 'ExLlamaV2 混合ビット幅',
    mlx: 'MLX アフィン量子化（グループ 64）',
  },
  mode: { inference: '推論', lora: 'LoRA ファインチューニング', qlora: 'QLoRA ファインチューニング', full: 'フルファインチューニング（Adam）' },
  text: {
    title: (model, precision) => `${model} · ${precision}`,
    paramsLine: (params, bits, active) => `パラメータ ${params}${active ? `（アクティブ ${active}）` : ''} · ${bits} ビット/重み`,
    contextLine: (tokens, batch, kv) => `コンテキスト ${tokens} トークン × ${batch} 系列、KV キャッシュ ${kv}`,
    vramTotal: 'GPU メモリ（VRAM）',
    ramWithGpu: 'システム RAM（GPU 使用時）',
    ramCpuOnly: 'システム RAM（CPU のみ）',
    fits: (gpu, headroom) => `✅ ${gpu} に収まります（余裕 ${headroom}）。`,
    doesNotFit: (gpu, short) => `❌ ${gpu} には収まりません（${short} 不足）。`,
    offload: (gpuLayers, totalLayers, ram) => `${totalLayers} 層のうち ${gpuLayers} 層を GPU に載せてください（\`-ngl ${gpuLayers}\`）。残りに RAM ${ram} が必要です。`,
    noOffloadTraining: '学習では層を CPU に逃がせません。大きい GPU、複数の GPU、または mode:qlora を使ってください。',
    gpuBySize: (gib) => `${gib} GB の GPU`,
    gpuCount: (count, name) => (count === 1 ? name : `${count} × ${name}`),
    notes: '注記',
    errorTitle: 'リクエストを読み取れませんでした',
    sizeOnly: (params) => `${params} モデル`,
    postToChannel: 'チャンネルに投稿',
    rateLimited: '短い間に質問が多すぎます。数秒待ってからもう一度試してください。',
    usageHint: 'モデル名を書いてくれれば必要なメモリを答えます。例: 「Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf は 3090 で 32k コンテキスト動く？」または `/llmmem params:7 precision:int8`。',
    assumptions: (runtime) => `${runtime} のメモリ規則 · GiB = 1024³ バイト · 実測ではなく見積もり`,
  },
};
