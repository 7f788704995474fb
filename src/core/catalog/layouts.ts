// How each family lays out a decoder block's tensors: which norms and biases it has, whether its
// projections are fused, how the FFN is built. One row per Hugging Face model_type, each read from the
// family's modeling file in transformers (the tensors its state dict holds); the default is Llama's.
// Config keys that switch a bias or a norm on (attention_bias, mlp_bias, use_qk_norm …) override a row
// in from-config.ts.

export interface Layout {
  /** hidden-wide norm weights per block: 2 for pre-norm Llama, 4 for Gemma 2/3 (pre and post), 0 for OLMo's non-parametric LayerNorm */
  readonly normsPerBlock: number;
  /** LayerNorm with a bias: every norm holds 2 × width parameters */
  readonly normBias: boolean;
  /** a norm after the last block */
  readonly finalNorm: boolean;
  readonly qkvBias: boolean;
  readonly outBias: boolean;
  /** RMSNorm on queries and keys: over each head (Qwen3, Gemma 3: head_dim) or over the whole projection (OLMo 2: heads × head_dim) */
  readonly qkNorm: 'none' | 'head' | 'full';
  /** gated FFN (gate, up, down: SwiGLU/GeGLU) or plain (up, down: GELU, ReLU²) */
  readonly ffn: 'gated' | 'plain';
  readonly ffnBias: boolean;
  /** one attn_qkv tensor in GGUF (Phi-3, Falcon, InternLM2, ChatGLM, BERT-style Wqkv): llama-quantize treats it as attn_v */
  readonly fusedQkv: boolean;
  /** the output head has a bias (Phi-2, PhiMoE) */
  readonly headBias: boolean;
  /** learned absolute position embeddings of max_position_embeddings rows (GPT-BigCode, BERT) */
  readonly learnedPositions: boolean;
  /** BERT-style encoder: token-type embeddings, an embedding LayerNorm, a pooler, and no growing KV cache */
  readonly encoder: boolean;
  /** BERT's pooler (a hidden × hidden dense layer over the first token) */
  readonly pooler: boolean;
  /** gpt-oss: one learned attention sink per head and layer, and biases on the experts' projections */
  readonly sinks: boolean;
  readonly expertBias: boolean;
  /** llama-quantize's LLM_ARCH_FALCON branches apply (output always Q8_0, lighter ffn_down) */
  readonly quantizeAsFalcon: boolean;
  /** Jamba's Mamba mixer: RMSNorms over dt (dt rank), B and C (state size) inside every Mamba layer */
  readonly mambaInnerNorms: boolean;
  readonly source: string;
}

const TRANSFORMERS = 'https://github.com/huggingface/transformers/blob/v4.56.0/src/transformers/models';
const at = (path: string) => `${TRANSFORMERS}/${path}`;

export const LLAMA_LAYOUT: Layout = {
  normsPerBlock: 2, normBias: false, finalNorm: true, qkvBias: false, outBias: false, qkNorm: 'none',
  ffn: 'gated', ffnBias: false, fusedQkv: false, headBias: false, learnedPositions: false, encoder: false,
  sinks: false, expertBias: false, pooler: false, quantizeAsFalcon: false, mambaInnerNorms: false, source: at('llama/modeling_llama.py'),
};

/** Llama's layout with the family's changes, and where they were read: a URL or a remote-code file named. */
const sourced = (changes: Partial<Layout>, source: string): Layout => ({ ...LLAMA_LAYOUT, ...changes, source });
/** The same, read in transformers' modeling file for the family (a path under models/ at the pinned version). */
const like = (changes: Partial<Layout>, path: string): Layout => sourced(changes, at(path));

const QWEN2 = like({ qkvBias: true }, 'qwen2/modeling_qwen2.py');
const QWEN3 = like({ qkNorm: 'head' }, 'qwen3/modeling_qwen3.py');
const GEMMA3 = like({ normsPerBlock: 4, qkNorm: 'head' }, 'gemma3/modeling_gemma3.py');
const COHERE = like({ normsPerBlock: 1 }, 'cohere/modeling_cohere.py');
const BERT = like({ normsPerBlock: 2, normBias: true, finalNorm: false, qkvBias: true, outBias: true, ffn: 'plain', ffnBias: true, learnedPositions: true, encoder: true, pooler: true }, 'bert/modeling_bert.py');
const PARALLEL_LN_GELU = { normBias: true, ffn: 'plain', ffnBias: true } as const;

/** By model_type (a multimodal config's text_config.model_type, or the outer one). */
export const LAYOUTS: Readonly<Record<string, Layout>> = {
  llama: LLAMA_LAYOUT, mistral: LLAMA_LAYOUT, mixtral: LLAMA_LAYOUT, granite: LLAMA_LAYOUT, granitemoe: LLAMA_LAYOUT,
  exaone: LLAMA_LAYOUT, smollm3: LLAMA_LAYOUT, internlm3: LLAMA_LAYOUT, deepseek: LLAMA_LAYOUT, deepseek_v2: LLAMA_LAYOUT,
  deepseek_v3: LLAMA_LAYOUT, kimi_k2: LLAMA_LAYOUT, yi: LLAMA_LAYOUT, ministral3: LLAMA_LAYOUT, mllama_text_model: LLAMA_LAYOUT,
  llama4_text: LLAMA_LAYOUT, 'nemotron-nas': LLAMA_LAYOUT, minimax_m1: LLAMA_LAYOUT, minimax: LLAMA_LAYOUT,
  hunyuan_v1_dense: LLAMA_LAYOUT, hunyuan: LLAMA_LAYOUT, granitemoehybrid: LLAMA_LAYOUT, falcon_h1: LLAMA_LAYOUT,
  // BailingMoe (Ling): input_layernorm, attention.query_key_value + dense, post_attention_layernorm, mlp.gate (no bias), mlp.shared_experts and
  // experts as gated MLPs (module tree in ModelCloud/GPTQModel gptqmodel/models/definitions/bailing_moe.py); q/k/v biases from use_qkv_bias,
  // o_proj's from use_bias (from-config.ts); convert_hf_to_gguf.py's BailingMoeModel writes q, k and v as separate tensors
  bailing_moe: sourced({}, 'bailing_moe (remote code: inclusionAI/Ling-lite-1.5 modeling_bailing_moe.py, not read; module tree read in ModelCloud/GPTQModel gptqmodel/models/definitions/bailing_moe.py)'),
  phi3: like({ fusedQkv: true }, 'phi3/modeling_phi3.py'),
  phi4mm: like({ fusedQkv: true }, 'phi4_multimodal/modeling_phi4_multimodal.py'),
  phi3_v: like({ fusedQkv: true }, 'phi3/modeling_phi3.py'),
  internlm2: sourced({ fusedQkv: true }, 'internlm2 (remote code: internlm/internlm2_5-7b-chat modeling_internlm2.py)'),
  qwen2: QWEN2, qwen2_moe: QWEN2, qwen2_vl: QWEN2, qwen2_5_vl: QWEN2, qwen2_vl_text: QWEN2, qwen2_5_vl_text: QWEN2,
  qwen3: QWEN3, qwen3_moe: QWEN3, qwen3_vl_text: QWEN3, qwen3_vl_moe_text: QWEN3, qwen3_next: QWEN3,
  gemma: like({}, 'gemma/modeling_gemma.py'),
  gemma2: like({ normsPerBlock: 4 }, 'gemma2/modeling_gemma2.py'),
  gemma3_text: GEMMA3, gemma3: GEMMA3,
  cohere: COHERE, cohere2: like({ normsPerBlock: 1 }, 'cohere2/modeling_cohere2.py'),
  olmo: like({ normsPerBlock: 0, finalNorm: false }, 'olmo/modeling_olmo.py'),
  olmo2: like({ qkNorm: 'full' }, 'olmo2/modeling_olmo2.py'),
  olmoe: like({ qkNorm: 'full' }, 'olmoe/modeling_olmoe.py'),
  // Olmo3DecoderLayer is Olmo2DecoderLayer; only layer_types (3 sliding : 1 full) differ
  olmo3: sourced({ qkNorm: 'full' }, 'https://github.com/huggingface/transformers/blob/02e8340b967815b4a5417c6273a7774aae298a03/src/transformers/models/olmo3/modular_olmo3.py'),
  // q/k/v biases from attention_bias, o_proj's from attention_out_bias (read in from-config.ts)
  seed_oss: like({ qkvBias: true }, 'seed_oss/modeling_seed_oss.py'),
  // up_proj → xIELU → down_proj (no gate), q_norm/k_norm over head_dim, attention_layernorm and feedforward_layernorm
  apertus: like({ ffn: 'plain', qkNorm: 'head' }, 'apertus/modeling_apertus.py'),
  // Llama blocks; the router and shared experts come from the moe_* keys (from-config.ts)
  ernie4_5_moe: sourced({}, 'https://github.com/huggingface/transformers/blob/01187e21cda13b3f08fdb45b7e32b78d173d702a/src/transformers/models/ernie4_5_moe/modular_ernie4_5_moe.py'),
  minicpm: sourced({}, 'minicpm (remote code: openbmb/MiniCPM4-8B modeling_minicpm.py, not read; Llama\'s tensors add up to its exact count)'),
  glm: like({ qkvBias: true }, 'glm/modeling_glm.py'),
  chatglm: sourced({ qkvBias: true, fusedQkv: true }, 'chatglm (remote code: THUDM/glm-4-9b-chat modeling_chatglm.py)'),
  glm4: like({ normsPerBlock: 4, qkvBias: true }, 'glm4/modeling_glm4.py'),
  glm4_moe: like({ qkvBias: true }, 'glm4_moe/modeling_glm4_moe.py'),
  exaone4: like({ normsPerBlock: 2, qkNorm: 'head' }, 'exaone4/modeling_exaone4.py'),
  minimax_m2: sourced({ qkNorm: 'full' }, 'minimax_m2 (remote code: MiniMaxAI/MiniMax-M2 modeling_minimax_m2.py)'),
  phi: like({ normsPerBlock: 1, ...PARALLEL_LN_GELU, qkvBias: true, outBias: true, headBias: true }, 'phi/modeling_phi.py'),
  // phi-1 / phi-1.5 as first published (remote code, MixFormer/phi-msft): one LayerNorm, fused Wqkv, biases everywhere, lm_head with bias
  'phi-msft': sourced({ normsPerBlock: 1, ...PARALLEL_LN_GELU, qkvBias: true, outBias: true, headBias: true, fusedQkv: true }, 'phi-msft (remote code: microsoft/phi-1_5 modeling_phi.py, ParallelBlock and CausalLMHead)'),
  phimoe: like({ normBias: true, qkvBias: true, outBias: true, headBias: true }, 'phimoe/modeling_phimoe.py'),
  starcoder2: like({ ...PARALLEL_LN_GELU, qkvBias: true, outBias: true }, 'starcoder2/modeling_starcoder2.py'),
  gpt_bigcode: like({ ...PARALLEL_LN_GELU, qkvBias: true, outBias: true, fusedQkv: true, learnedPositions: true }, 'gpt_bigcode/modeling_gpt_bigcode.py'),
  phi3small: sourced({ ...PARALLEL_LN_GELU, ffn: 'gated', qkvBias: true, outBias: true, fusedQkv: true }, 'phi3small (remote code: microsoft/Phi-3-small-8k-instruct modeling_phi3_small.py)'),
  // GPT-J: ln_1 only (attention and MLP in parallel), q/k/v/out without bias, fc_in/fc_out with bias, lm_head with bias
  gptj: like({ normsPerBlock: 1, ...PARALLEL_LN_GELU, headBias: true }, 'gptj/modeling_gptj.py'),
  // GPT-NeoX / Pythia: input and post-attention LayerNorms (both kept with use_parallel_residual), fused query_key_value and dense with bias (attention_bias), untied embed_out
  gpt_neox: like({ ...PARALLEL_LN_GELU, qkvBias: true, outBias: true, fusedQkv: true }, 'gpt_neox/modeling_gpt_neox.py'),
  // MPT: norm_1/norm_2/norm_f are LayerNorms with bias None, Wqkv and out_proj and the GELU MLP without bias, ALiBi (no position table)
  mpt: like({ ffn: 'plain', fusedQkv: true }, 'mpt/modeling_mpt.py'),
  // StableLM: LayerNorms with bias, q/k/v bias by use_qkv_bias, o_proj without, gated SiLU MLP, untied
  stablelm: like({ normBias: true }, 'stablelm/modeling_stablelm.py'),
  falcon: like({ normsPerBlock: 1, ...PARALLEL_LN_GELU, ffnBias: false, fusedQkv: true, quantizeAsFalcon: true }, 'falcon/modeling_falcon.py'),
  nemotron: like({ normBias: true, ffn: 'plain' }, 'nemotron/modeling_nemotron.py'),
  nemotron_h: sourced({ normsPerBlock: 1, ffn: 'plain' }, 'nemotron_h (remote code: nvidia/Nemotron-H-8B-Base-8K modeling_nemotron_h.py)'),
  mamba2: like({ normsPerBlock: 1 }, 'mamba2/modeling_mamba2.py'),
  falcon_mamba: like({ normsPerBlock: 1 }, 'falcon_mamba/modeling_falcon_mamba.py'),
  mamba: like({ normsPerBlock: 1 }, 'mamba/modeling_mamba.py'),
  // operator_norm and ffn_norm per block, embedding_norm after the last; attention layers norm q and k per head
  lfm2: like({ qkNorm: 'head' }, 'lfm2/modeling_lfm2.py'),
  // not in v4.56.0: read at the commit that holds it
  lfm2_moe: sourced({ qkNorm: 'head' }, 'https://github.com/huggingface/transformers/blob/0c67e26d765996423ebf953347b1428b47dc38d5/src/transformers/models/lfm2_moe/modular_lfm2_moe.py'),
  jamba: like({ mambaInnerNorms: true }, 'jamba/modeling_jamba.py'),
  // DBRX: bias-free LayerNorms (norm_1, norm_2, norm_f), one fused Wqkv, a bias-free router and GLU experts (w1, v1, w2)
  dbrx: like({ fusedQkv: true }, 'dbrx/modeling_dbrx.py'),
  gpt_oss: like({ qkvBias: true, outBias: true, sinks: true, expertBias: true }, 'gpt_oss/modeling_gpt_oss.py'),
  bert: BERT, 'xlm-roberta': BERT,
  roberta: { ...BERT, source: at('roberta/modeling_roberta.py') },
  // MPNet: BERT's blocks, embeddings without a token-type table, and one relative_attention_bias of
  // relative_attention_num_buckets × heads in the encoder (384 for mpnet-base), which this layout does not count
  mpnet: { ...BERT, source: at('mpnet/modeling_mpnet.py') },
  nomic_bert: { ...BERT, pooler: false, qkvBias: false, outBias: false, ffn: 'gated', ffnBias: false, fusedQkv: true, learnedPositions: false, source: 'nomic_bert (remote code: nomic-ai/nomic-bert-2048 modeling_hf_nomic_bert.py)' },
};
