// Where a row's numbers come from: the model's config.json on the Hugging Face Hub.
export const configOf = (repo: string) => `https://huggingface.co/${repo}/blob/main/config.json`;
