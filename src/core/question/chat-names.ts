// Names people use in chat for a model the catalog files under a longer id. Each row says which release
// the short name means and why; the catalog row carries the model's own sources.

export interface ChatName {
  /** lower case, words joined by `-` as the reader joins them */
  readonly said: string;
  readonly architectureId: string;
  readonly why: string;
}

export const CHAT_NAMES: readonly ChatName[] = [
  { said: 'mixtral', architectureId: 'mixtral-8x7b', why: 'Mistral AI released Mixtral 8x7B as "Mixtral" (Dec 2023); 8x22B is always named with its size' },
  { said: 'r1', architectureId: 'deepseek-r1', why: 'DeepSeek-R1 (Jan 2025); the distills are named by their base ("R1 distill qwen 7b")' },
  { said: 'deepseek-r1', architectureId: 'deepseek-r1', why: 'DeepSeek-R1 (671B MoE)' },
  { said: 'command-r+', architectureId: 'command-r-plus', why: 'Cohere writes Command R+ for c4ai-command-r-plus' },
  { said: 'command-r-plus', architectureId: 'command-r-plus', why: 'Cohere\'s repo name' },
  { said: 'deepseek-v3', architectureId: 'deepseek-v3', why: 'DeepSeek-V3 (671B MoE)' },
  { said: 'kimi-k2', architectureId: 'kimi-k2', why: 'Moonshot\'s Kimi K2 (1T MoE)' },
  { said: 'qwq', architectureId: 'qwq-32b', why: 'Qwen released QwQ in one size, 32B' },
  { said: 'phi-4', architectureId: 'phi-4', why: 'Microsoft\'s Phi-4 (14B)' },
];

export const CHAT_NAME_BY_SAID: ReadonlyMap<string, ChatName> = new Map(CHAT_NAMES.map((n) => [n.said, n]));
