// A chat message as the reader sees it: one script of digits and punctuation, platform markup gone,
// Japanese counts turned into the words the English rules read, and cut into sentences.

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Kana or kanji in the text: the question is Japanese, and so is the answer. */
export function isJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/** Longest message the reader looks at: a chat message is shorter; a pasted log past this adds nothing. */
export const MAX_QUESTION_CHARS = 8000;

// platform mentions (`<@U1>`, `<#C1|name>`, `<!here>`), and links other than to a model page
const MARKUP = /<[@#!][^>]*>/g;
const HUB_LINK = /<?https?:\/\/(?:www\.)?huggingface\.co\/([\w.-]+\/[\w.-]+)[^\s>]*>?/gi;
const LINK = /<?https?:\/\/\S+>?/g;

/** 億 is 10⁸: 70億 → 7b, 6710億 → 671b; 万 is 10⁴: 3.2万 → 32000 (a context, usually). */
function japaneseCounts(text: string): string {
  return text
    .replace(/(\d+(?:\.\d+)?)\s*億(?:個の)?(?:\s*パラメータ)?/g, (_, n: string) => ` ${trim(Number(n) / 10)}b `)
    .replace(/(\d+(?:\.\d+)?)\s*万/g, (_, n: string) => `${Math.round(Number(n) * 10_000)}`)
    .replace(/(\d+(?:\.\d+)?)\s*(?:ギガ|ギガバイト)/g, '$1GB');
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}

/**
 * NFKC folds full-width digits, letters and punctuation into ASCII (`１２ＧＢ` → `12GB`, `？` → `?`);
 * `7b*8` is how some write Mixtral's 8x7b.
 */
export function normalizeMessage(raw: string): string {
  return japaneseCounts(
    raw
      .slice(0, MAX_QUESTION_CHARS)
      .normalize('NFKC')
      .replace(HUB_LINK, ' $1 ')
      .replace(MARKUP, ' ')
      .replace(LINK, ' ')
      .replace(/[`*_~]{2,}|`/g, ' '),
  )
    .replace(/\b(\d{1,3}(?:\.\d+)?)b\s*[*x×]\s*(\d{1,3})\b/gi, '$2x$1b')
    // line ends part sentences in chat; other runs of space are one space
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Sentences: split after `.`, `?`, `!` and their Japanese forms, and at line ends; the mark stays with its sentence. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[?!。])\s*|(?<=[.])\s+|\s*\n\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Words of a sentence: split at spaces, brackets and Japanese punctuation, ASCII runs split from kana and kanji
 * (`4090で` → `4090`, `で`), trailing punctuation dropped, `:` and `-` and `.` kept inside (ollama tags, names).
 */
export function wordsOf(sentence: string): string[] {
  return sentence
    .replace(/([!-~])([^ -~\s])/g, '$1 $2')
    .replace(/([^ -~\s])([!-~])/g, '$1 $2')
    // `/` parts a spec list ("i5-13400/32GB RAM/GTX1650 4GB") but not a repo id ("unsloth/Qwen3-8B-GGUF")
    .replace(/\/(?=\d|[A-Z]{2,}\d)/g, ' ')
    .replace(/(?<=\d\s?[gG][bB])\//g, ' ')
    .split(/[\s、。，,;()[\]{}「」『』“”"'|]+|(?<=\d)\+/)
    .map((w) => w.replace(/^[:.\-=>~<]+|[?!:.=,]+$/g, ''))
    .filter((w) => w !== '');
}
