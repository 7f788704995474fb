// Memory a runtime needs beside weights and KV cache, and what stays in system RAM.
import type { Architecture } from '../catalog/architectures.js';
import type { Runtime } from '../catalog/formats.js';

const MIB = 1024 ** 2;

/** ollama reserves this per CUDA or ROCm GPU for the driver context and cuBLAS workspace
 * (cudaMinimumMemory = 457 MiB, https://github.com/ollama/ollama/blob/05de33f852378ba9c834af25efb6388c0fef90ee/discover/gpu.go). */
export const GPU_RUNTIME_RESERVE_BYTES = 457 * MIB;

/** llama.cpp and ollama evaluate prompts 512 tokens at a time (n_ubatch, ollama's num_batch default). */
export const PROMPT_BATCH_TOKENS = 512;

/**
 * llama.cpp's compute buffer for a full offload, as ollama estimates it for llama-family graphs
 * (GraphSize, https://github.com/ollama/ollama/blob/09035b71cd1d0b6e1a43fd6b97ea5cbaede81275/llm/ggml.go): the larger of the
 * attention scratch (f32 scores for every head over the context) and the output logits over the
 * vocabulary. For Llama-3-8B at n_ctx 8192 this gives 560 MiB, the "CUDA0 compute buffer size" llama.cpp
 * prints without flash attention.
 */
export function computeBufferBytes(architecture: Architecture, contextTokens: number, sequences: number): number {
  const context = contextTokens * sequences;
  const batch = Math.min(PROMPT_BATCH_TOKENS, context);
  const embedding = architecture.hiddenSize;
  const attention = 4 * batch * (1 + 4 * embedding + context * (1 + architecture.heads));
  const logits = 4 * batch * (embedding + architecture.vocabSize);
  return Math.max(attention, logits);
}

/** transformers writes and loads checkpoints in shards of at most 5 GB (save_pretrained max_shard_size="5GB"),
 * staging one shard in RAM at a time (https://huggingface.co/docs/transformers/v4.46.0/en/big_models). */
export const PYTORCH_SHARD_BYTES = 5e9;

/**
 * System memory while the model runs on the GPU. llama.cpp keeps the token embedding table on the
 * CPU ("the input layer is always on the CPU": llama-model.cpp load_tensors), which is why an 8B Q4_K_M
 * run prints "CPU buffer size = 281.81 MiB". PyTorch runtimes stage one shard at a time while loading.
 */
export function hostRamWithGpuBytes(runtime: Runtime, weightsBytes: number, embeddingBytes: number): number {
  return runtime === 'llama.cpp' ? embeddingBytes : Math.min(weightsBytes, PYTORCH_SHARD_BYTES);
}
