// 日本語: すべてのコードとラベルの文言。
import type { HubFailureReason } from '../core/issues.js';
import type { Messages } from './messages.js';

const HUB_REASONS_JA: Record<HubFailureReason, string> = {
  not_found: 'Hugging Face にそのリポジトリまたはファイルがありません',
  gated: 'アクセス制限のあるリポジトリです。アクセス権のある HF_TOKEN が必要です',
  unavailable: 'Hugging Face に接続できないか、時間内に応答がありませんでした',
  malformed: 'Hugging Face 上のファイルのヘッダーを読み取れませんでした',
};

export const ja: Messages = {
  issue: {
    empty_input: () => `モデルを指定してください（サイズ、ファイル名、Hugging Face のリポジトリ）。`,
    input_too_long: (i) => `入力が ${i.length} 文字あります。読めるのは ${i.max} 文字までです。`,
    unknown_option: (i) =>
      `\`${i.input}:\` というオプションはありません${i.suggestion ? `。\`${i.suggestion}:\` のことですか？` : '。'}`,
    duplicate_option: (i) => `\`${i.option}:\` が二回指定されています。一回にしてください。`,
    missing_value: (i) => `\`${i.option}:\` のコロンの後に値を書いてください。`,
    conflicting_model_sources: (i) =>
      `モデルの指定は一つにしてください（${i.options.map((o) => `\`${o}:\``).join(' と ')} が指定されています）。`,
    missing_model: () => `どのモデルですか？ \`params:\`、\`file:\`、\`model:\` のどれかを指定してください。`,
    invalid_number: (i) => `\`${i.option}:${i.input}\` は数値ではありません。`,
    out_of_range: (i, u) =>
      `\`${i.option}:${i.input}\` は範囲外です（${i.option === 'params' ? `${u.params(i.min)}〜${u.params(i.max)}` : `${i.min}〜${i.max}`}）。`,
    unknown_precision: (i) =>
      `精度 \`${i.input}\` はわかりません${i.suggestion ? `。\`precision:${i.suggestion}\` のことですか？` : '。'}使えるもの: fp32, fp16, bf16, fp8, int8, int4, GGUF 形式（q4_k_m, q8_0, iq3_xxs…）, gptq, awq, nf4, mxfp4, exl2。`,
    unknown_kv: (i) =>
      `KV キャッシュの型 \`${i.input}\` はわかりません${i.suggestion ? `。\`kv:${i.suggestion}\` のことですか？` : '。'}使えるもの: fp16, bf16, fp32, fp8, q8_0, q4_0。`,
    unknown_mode: (i) =>
      `モード \`${i.input}\` はわかりません${i.suggestion ? `。\`mode:${i.suggestion}\` のことですか？` : '。'}使えるもの: inference, lora, qlora, full。`,
    unknown_gpu: (i) =>
      `GPU \`${i.input}\` はわかりません${i.suggestion ? `。\`gpu:${i.suggestion}\` のことですか？` : '。'}GB 単位のサイズでも指定できます。`,
    unknown_lang: (i) => `\`${i.input}\` には対応していません。\`en\` か \`ja\` を指定してください。`,
    unknown_words: (i) => `${i.words.slice(0, 6).map((w) => `\`${w}\``).join('、')}${i.words.length > 6 ? ' …' : ''} の意味がわかりません。`,
    unknown_runtime: (i) =>
      `ランタイム \`${i.input}\` はわかりません${i.suggestion ? `。\`runtime:${i.suggestion}\` のことですか？` : '。'}使えるもの: llama.cpp, ollama, vllm, transformers, mlx, exllamav2。`,
    unknown_switch: (i) => `\`${i.option}:\` は \`on\` か \`off\` です（\`${i.input}\` ではなく）。`,
    ctx_max_needs_gpu: () => '`ctx:max` は GPU に収まる最長のコンテキストを探します。`gpu:` で GPU を指定してください。',
    ctx_max_none: (i, u) => `このモデルでは ${u.count(i.minimum)} トークンのコンテキストもその GPU に収まりません。小さい量子化か GPU の追加を試してください。`,
    hub_host_refused: (i) => `設定された Hugging Face Hub 以外（\`${i.host}\`）からは読み込みません。`,
    hub_failed: (i) => `${HUB_REASONS_JA[i.reason]}（\`${i.repoId}\`）。名前からもサイズがわかりません。`,
    name_too_long: (i) => `\`${i.option}:\` の名前が ${i.max} 文字を超えています。そこまで長いモデル名はありません。`,
    no_size_in_name: (i) =>
      `\`${i.input}\` の名前からはサイズがわかりません${i.suggestion ? `（\`${i.suggestion}\` のことですか？）` : ''}。\`params:\` で指定してください。`,
    hub_search_failed: (i) => i.reason === 'not_found'
      ? `\`${i.input}\` はカタログになく、名前からサイズもわからず、一致する Hugging Face のリポジトリもありません。\`params:\` でサイズを、または \`model:org/name\` でリポジトリを指定してください。`
      : `\`${i.input}\` はカタログになく、名前からサイズもわかりません。Hugging Face で検索しようとしましたが、${HUB_REASONS_JA[i.reason]}。\`params:\` でサイズを、または \`model:org/name\` でリポジトリを指定してください。`,
  },
  warning: {
    architecture_reference: (w) => (w.model
      ? `${w.model} の公開 config には構造の全体がありません: パラメータ数は公表値、KV キャッシュと計算バッファはサイズの近い ${w.reference} の構造で見積もりました。`
      : `アーキテクチャ不明: KV キャッシュと計算バッファはサイズの近い ${w.reference} の構造で見積もりました。`),
    architecture_from_base: (w) => `構造はベースモデル ${w.base} のものを使いました。`,
    precision_assumed: (w) => `精度の指定も名前の中の表記もないため ${w.precision} としました。`,
    precision_native: (w) => `精度の指定がないため、${w.model} が公開されている形式 ${w.precision} で計算しました。`,
    precision_from_tag: (w) => `ollama は ${w.tag} を ${w.precision} で配布しています。別の量子化は precision: で指定してください。`,
    precision_gguf_repo: (w) => `ファイルの指定がないため、リポジトリの ${w.precision} ファイル（最もよく使われるもの）で計算しました。`,
    precision_overrides_name: (w) => `名前は ${w.fromName} ですが、指定どおり ${w.used} で計算しました。`,
    gguf_width_preset: (w) => `「${w.input}」という名前の GGUF ファイルは単純な ${w.input === 'q4' ? '4' : '8'} ビットではなく llama.cpp の ${w.used} プリセットです。`,
    precision_variant: (w) => `${w.input} は ${w.used} として計算しました（一部のテンソルだけが異なります）。`,
    moe_total_unknown: (w, u) =>
      `${w.experts}×${u.params(w.expertParams)} はアテンションを共有する MoE です。${u.params(w.experts * w.expertParams)} は上限です。正確な総数は params: で指定してください。`,
    moe_active_only: (w, u) =>
      `${u.params(w.activeParams)} は ${w.experts} エキスパートのうちアクティブな分のサイズです。全エキスパートをメモリに載せるため総数はもっと大きくなります。params: で指定してください。`,
    multiple_sizes: (w, u) => `名前に複数のサイズがあります。${u.params(w.used)} を使いました。`,
    seed_width: (w) =>
      `${w.precision.toUpperCase()} は元の計算機と同じくちょうど ${w.precision === 'int4' ? 4 : 8} ビットで計算しています。実際のファイルはスケールも持ちます: ${w.real.map((r) => `${r.label} ≈ ${Number(r.bitsPerWeight.toFixed(2))}`).join('、')} ビット/重み。`,
    exl2_bpw_assumed: (w) => `EXL2 のビット数の指定がないため ${w.bitsPerWeight}bpw としました。`,
    context_over_max: (w) => `${w.model} の学習時の最大コンテキストは ${w.maxContext.toLocaleString('ja-JP')} トークンです。`,
    qlora_base_nf4: (w) => `QLoRA ではベースモデルを NF4 で読み込むため、${w.given} は重みには使っていません。`,
    hub_fallback: (w) => `${HUB_REASONS_JA[w.reason]}（${w.repoId}）。名前とカタログから計算しました。`,
    hub_exact: (w) => `サイズと構造は Hugging Face の ${w.repoId} から読み取りました。`,
    hub_not_consulted: (w) => `${w.repoId} は Hugging Face に問い合わせず、名前とカタログから計算しました。`,
    v_cache_needs_flash_attention: (w) => `llama.cpp で V キャッシュを ${w.kv} にするには flash attention が必要なため、有効として計算しました。`,
    runtime_default_context: (w, u) => `ctx: の指定がないため、${w.runtime} がここで使う ${u.count(w.tokens)} トークンで計算しました。`,
    within_fit_margin: (w, u) => `収まりますが、llama.cpp の --fit が GPU ごとに空けておく ${u.bytes(w.marginBytes)} を下回ります。そのままではコンテキストを縮めるか層を RAM に移すので、すべて使うには -ngl 99（または -fit off）を指定してください。`,
    option_ignored_by_runtime: (w) => `\`${w.option}:\` は ${w.runtime} では意味がないため無視しました。`,
    gpu_variant_assumed: (w) =>
      `${w.family} には複数の構成があるため、${w.used}（${w.memoryGB} GB、${w.bandwidthGBps} GB/s）として計算しました。違う場合は gpu: にメモリ容量も書いてください。`,
    hub_search_match: (w) => `${w.input} はカタログにないため、一致する Hugging Face のリポジトリのうち最もダウンロードの多い ${w.repoId} から計算しました。`,
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
    ggml_legacy: 'GGML 旧形式の量子化（2023 年の .bin、16 重みブロック）',
    mlc: 'MLC-LLM グループ量子化',
    compressed_tensors: 'compressed-tensors INT8 重み・活性化（vLLM）',
    nvfp4: 'NVIDIA FP4（16 値ブロック、FP8 スケール）',
  },
  mode: { inference: '推論', lora: 'LoRA ファインチューニング', qlora: 'QLoRA ファインチューニング', full: 'フルファインチューニング（Adam）' },
  advice: {
    precision: (a, u) => `小さい量子化: ${a.value} なら ${u.bytes(a.vramBytes)} です。`,
    context: (a, u) => (a.fits ? `収まる最長のコンテキスト: ${u.count(Number(a.value))} トークン。` : `短いコンテキスト: ${u.count(Number(a.value))} トークンなら収まります。`),
    'kv-cache': (a, u) => `KV キャッシュを ${a.value} にすると ${u.bytes(a.vramBytes)} です。`,
    'moe-offload': (a, u) => `${a.value} 層のエキスパートをシステム RAM に置く: GPU ${u.bytes(a.vramBytes)}、RAM ${u.bytes(a.ramBytes)}。`,
    offload: (a, u) => `${a.value} 層を GPU に載せ、残りをシステム RAM（${u.bytes(a.ramBytes)}）に置きます。かなり遅くなります。`,
    gpus: (a, u) => (/^\d+$/.test(a.value) ? `この GPU ${a.value} 枚なら収まります（合計 ${u.bytes(a.vramBytes)}）。` : `大きい GPU: ${a.value} なら収まります。`),
    runtime: () => 'llama.cpp なら GPU とシステム RAM に分けて動かせます（このランタイムではできません）。',
  },
  controls: { precision: '精度', ctx: 'コンテキスト', kv: 'KV キャッシュ' },
  sharding: {
    ddp: '単純なデータ並列（各 GPU が全体を保持）',
    'zero-1': 'ZeRO-1（オプティマイザ状態を分割）',
    'zero-2': 'ZeRO-2（オプティマイザ状態と勾配を分割）',
    'zero-3': 'ZeRO-3 または FSDP の完全分割（重みも分割）',
  },
  glance: {
    fits: (gpu, used, free) => `✅ ${gpu} に収まります: 使用 ${used}、空き ${free}`,
    fitsSplit: (gpu, used, ram) => `⚠️ ${gpu} で一部をシステム RAM に置いて動きます: GPU ${used}、RAM ${ram}`,
    short: (gpu, short) => `❌ ${gpu} には収まりません: ${short} 不足`,
    needs: (vram) => `GPU メモリが ${vram} 必要です`,
    speed: (tps) => `≈ ${tps} トークン/秒`,
    speedBasis: (gbps, backend, ram) => `速度: バッチ 1 の生成速度を ${backend} のメモリ帯域 ${gbps} GB/s から見積もりました${ram ? `（1 トークンあたり ${ram} をシステム RAM から読む）` : ''}。`,
    runtimeLine: (runtime, fa) => `${runtime} の規則 · flash attention ${fa ? 'オン' : 'オフ'}`,
    gpuMemory: (gb) => `${gb} GB`,
    computeAndReserve: '計算バッファ + 予約',
    whatToTry: '試せること',
    shardingLine: (stage, gpus, perGpu) => `${gpus} 枚の GPU で学習するには ${stage} が必要です: GPU あたり ${perGpu}。`,
    used: '使用',
    groups: { gpu: 'GPU', ram: 'システム RAM' },
  },
  home: {
    title: 'llmmem: このモデルは動く？',
    intro: '言語モデルに必要な GPU メモリ（VRAM）とシステム RAM、GPU に収まるか、収まらないときに何を変えればよいかを答えます。/llmmem を使うか、@llmmem に質問するか、メッセージの「Ask llmmem」で、その質問への回答や貼られた llama.cpp・ollama・vLLM のログの説明が得られます。',
    examples: '例',
    more: 'オプション: params, precision, file, model, ctx（32k, 1M, max）, batch, kv, mode（lora, qlora, full）, gpu, gpus, runtime, fa, ubatch, lang。GPU だけを指定すると、収まるモデルを一覧します。',
    unfurlTitle: (repo) => `${repo}: コンテキスト 8k トークンでの GPU メモリ`,
    unfurlBasis: 'llmmem の見積もり（GGUF の量子化は llama.cpp の規則）。詳細は /llmmem で。',
  },
  candidates: {
    title: (gpu, context) => `${gpu} に収まるモデル（コンテキスト ${context} トークン）`,
    line: (model, precision, vram, speed) => `${model} · ${precision} · ${vram}${speed ? ` · ${speed}` : ''}`,
    none: '人気のモデルはどれも、3 ビットでもこの GPU に収まりません。',
    basis: 'それぞれ収まる最良の量子化で、大きいモデルから順に並べています。コマンドを送ると詳細が出ます。',
  },
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
    tryExample: (command) => `例: \`${command}\``,
    sizeOnly: (params) => `${params} モデル`,
    postToChannel: 'チャンネルに投稿',
    rateLimited: '短い間に質問が多すぎます。数秒待ってからもう一度試してください。',
    usageHint: 'モデル名を書いてくれれば必要なメモリを答えます。例: 「Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf は 3090 で 32k コンテキスト動く？」または `/llmmem params:7 precision:int8`。',
    assumptions: (runtime) => `${runtime} のメモリ規則 · GiB = 1024³ バイト · 実測ではなく見積もり`,
  },
};
