// What the reader found in a message: each fact as the asker gave it, ready to become a command.
import type { Lang } from '../request.js';

export type TrainingAsked = 'full' | 'lora' | 'qlora' | 'unnamed';

export interface ModelMention {
  /** the command's model option: `file:"qwen3-30b-a3b"` or `params:70b` */
  readonly option: string;
  /** the words as the asker wrote them, joined ("qwen3 30b a3b") */
  readonly written: string;
  /** the catalog row it names, when it names one */
  readonly architectureId?: string;
  /** named (a family or file) rather than a bare size ("a 70b model") */
  readonly named: boolean;
}

export interface GpuMention {
  /** the command's `gpu:` value: a catalog name or a size in GB */
  readonly value: string;
  readonly count: number;
  /** memory of one card in GB, as the catalog or the asker gives it */
  readonly memoryGB: number;
  /** what to call it in "Read as": "RTX 3090", "RTX 4090 + RTX 4070" */
  readonly label: string;
  /** an Apple or AMD APU sharing system memory: its RAM is this memory */
  readonly unified: boolean;
}

export interface PrecisionMention {
  /** the command's `precision:` value */
  readonly value: string;
  /** as the asker wrote it ("3-bit", "q4") */
  readonly written: string;
}

export interface Question {
  readonly lang: Lang;
  /** the model asked about first, then up to two it is compared with */
  readonly models: readonly ModelMention[];
  readonly precision?: PrecisionMention;
  readonly contextTokens?: number;
  readonly gpu?: GpuMention;
  /** system RAM the asker has, in GB (told apart from the GPU's memory) */
  readonly systemRamGB?: number;
  readonly training?: TrainingAsked;
  readonly runtime?: string;
  readonly kv?: string;
  /** the message asks something (a question mark, "can I", "how much", "足りる", …) */
  readonly asks: boolean;
  /** the message reports an out-of-memory error */
  readonly reportsOom: boolean;
}
