// The /llmmem slash command and the "Ask llmmem" message command as data: what `npm run register` sends and
// what the Discord door reads. Option names and types follow docs/contract.md §1: params number; batch, gpus,
// ubatch (and ngl, cpumoe) integer; the rest string — ctx too, so 32k, 1M and max can be typed.
import {
  ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody, type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { LIMITS, MODES, RUNTIME_IDS } from '../src/core/request.js';
import { KV_PRECISION_IDS } from '../src/core/catalog/formats.js';

export const COMMAND_NAME = 'llmmem';
export const ASK_COMMAND_NAME = 'Ask llmmem';

/** Installable to a server and to a user's account, usable in servers, DMs with the bot and other DMs
 * (https://discord.com/developers/docs/interactions/application-commands#contexts), with no privileged intent. */
const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

const choices = (values: readonly string[]) => values.map((value) => ({ name: value, value }));

export const LLMMEM_COMMAND = {
  type: ApplicationCommandType.ChatInput,
  name: COMMAND_NAME,
  ...EVERYWHERE,
  description: 'How much GPU memory (VRAM) and RAM a language model needs',
  description_localizations: { ja: '言語モデルに必要な GPU メモリ（VRAM）と RAM を計算します' },
  options: [
    {
      type: ApplicationCommandOptionType.Number, name: 'params', description: 'Parameters in billions (7 = 7B)',
      description_localizations: { ja: 'パラメータ数（10 億単位、7 = 7B）' },
      min_value: LIMITS.params.min / 1e9, max_value: LIMITS.params.max / 1e9,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'precision', description: 'fp16, int8, q4_k_m, gptq, awq, exl2 4.0bpw…',
      description_localizations: { ja: '精度（fp16, int8, q4_k_m, gptq, awq, exl2 4.0bpw など）' },
      // autocomplete, not fixed choices: 25 choices could not hold every GGUF type or an EXL2 width
      autocomplete: true, max_length: 40,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'file', description: 'A model file or repo name, e.g. Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
      description_localizations: { ja: 'モデルのファイル名またはリポジトリ名' },
      autocomplete: true, max_length: 300,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'model', description: 'A Hugging Face repo id, e.g. Qwen/Qwen2.5-7B-Instruct',
      description_localizations: { ja: 'Hugging Face のリポジトリ ID' },
      autocomplete: true, max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'ctx', description: 'Context length: 8192, 32k, 128k, 1M, or max (the longest that fits)',
      description_localizations: { ja: 'コンテキスト長（8192、32k、128k、1M、または max = 収まる最長）' },
      autocomplete: true, max_length: 20,
    },
    {
      type: ApplicationCommandOptionType.Integer, name: 'batch', description: 'Concurrent sequences (default 1)',
      description_localizations: { ja: '同時に処理する系列数（既定 1）' },
      min_value: LIMITS.batch.min, max_value: LIMITS.batch.max,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'kv', description: 'KV cache precision (default fp16)',
      description_localizations: { ja: 'KV キャッシュの精度（既定 fp16）' },
      choices: choices(KV_PRECISION_IDS),
    },
    {
      type: ApplicationCommandOptionType.String, name: 'mode', description: 'inference, lora, qlora or full fine-tuning',
      description_localizations: { ja: '推論、LoRA、QLoRA、フルファインチューニング' },
      choices: choices(MODES),
    },
    {
      type: ApplicationCommandOptionType.String, name: 'gpu', description: 'Your GPU (rtx4090, a100-80g, m2-max-64) or its size in GB',
      description_localizations: { ja: 'GPU 名（rtx4090 など）または GB 単位のメモリ' },
      autocomplete: true, max_length: 40,
    },
    {
      type: ApplicationCommandOptionType.Integer, name: 'gpus', description: 'How many of those GPUs (default 1)',
      description_localizations: { ja: 'GPU の枚数（既定 1）' },
      min_value: LIMITS.gpus.min, max_value: LIMITS.gpus.max,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'runtime', description: 'Whose memory rules: llama.cpp, ollama, vllm… (default: by format)',
      description_localizations: { ja: 'どのランタイムの規則で計算するか（既定: 形式から）' },
      choices: choices(RUNTIME_IDS),
    },
    {
      type: ApplicationCommandOptionType.String, name: 'fa', description: 'Flash attention (llama.cpp, ollama; default on)',
      description_localizations: { ja: 'flash attention（llama.cpp、ollama。既定はオン）' },
      choices: choices(['on', 'off']),
    },
    {
      type: ApplicationCommandOptionType.Integer, name: 'ubatch', description: "llama.cpp's physical batch, -ub (default 512)",
      description_localizations: { ja: 'llama.cpp の物理バッチ -ub（既定 512）' },
      min_value: LIMITS.ubatch.min, max_value: LIMITS.ubatch.max,
    },
    {
      type: ApplicationCommandOptionType.Integer, name: 'ngl', description: 'Layers on the GPU, as llama.cpp -ngl counts them (default: all that fit)',
      description_localizations: { ja: 'GPU に載せる層数（llama.cpp の -ngl と同じ数え方）' },
      min_value: LIMITS.layers.min, max_value: LIMITS.layers.max,
    },
    {
      type: ApplicationCommandOptionType.Integer, name: 'cpumoe', description: 'MoE layers whose experts stay in system RAM (--n-cpu-moe)',
      description_localizations: { ja: 'エキスパートをシステム RAM に置く MoE の層数（--n-cpu-moe）' },
      min_value: LIMITS.layers.min, max_value: LIMITS.layers.max,
    },
    {
      type: ApplicationCommandOptionType.String, name: 'lang', description: 'Answer language (default: your Discord language)',
      description_localizations: { ja: '回答の言語（既定: Discord の言語設定）' },
      choices: [{ name: 'English', value: 'en' }, { name: '日本語', value: 'ja' }],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Right-click a message → Apps → Ask llmmem: answers the question in it, or explains the log pasted in it. */
export const ASK_COMMAND = {
  type: ApplicationCommandType.Message,
  name: ASK_COMMAND_NAME,
  name_localizations: { ja: 'llmmem に聞く' },
  ...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Everything `npm run register` puts in place. */
export const COMMANDS = [LLMMEM_COMMAND, ASK_COMMAND] as const;
