"""Makes the tiny randomly initialised Qwen2 checkpoints the Java model tests run on.

Writes, for each variant, a Hugging Face checkpoint folder (config.json, safetensors,
tokenizer.json, generation_config.json) and reference.json: the prompts' token ids, the
float32 logits of every prompt position and greedy continuations, all computed by
transformers. With --bench DIR it instead writes one larger random model for the
tokens/s benchmark (not committed).

    pip install transformers torch safetensors tokenizers
    python tools/tiny-model/make_tiny_qwen2.py inference-worker/src/test/resources/tiny-qwen2
    python tools/tiny-model/make_tiny_qwen2.py --bench inference-worker/target/mid-qwen2
"""

import argparse
import json
import pathlib
import shutil

import torch
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
from transformers import GenerationConfig, PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

# The pre-tokenizer regex of Qwen2's tokenizer.json.
QWEN2_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)

CORPUS = '''
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.25]})
df = pd.concat([df, other], ignore_index=True)
values = df.to_numpy()
arr = np.asarray(values, dtype=np.float64)
mask = np.zeros((3, 4), dtype=bool)
total = np.sum(arr, axis=0, keepdims=True)
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
import torch
tensor = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
out = torch.nn.functional.softmax(tensor, dim=-1)
model.eval()
with torch.no_grad():
    logits = model(input_ids).logits
def migrate(old_code: str) -> str:
    """Rewrites deprecated calls."""
    return old_code.replace("append", "concat")
for index, row in df.iterrows():
    print(index, row["a"], row["b"])
class Pipeline:
    def __init__(self, steps):
        self.steps = list(steps)
    def fit(self, x, y=None):
        for name, step in self.steps:
            x = step.fit_transform(x, y)
        return self
The quick brown fox jumps over the lazy dog. Migrate the code to the new API version.
Replace the deprecated function with its successor and keep the arguments in order.
'''

PROMPTS = [
    "import numpy as np\narr = np.",
    "df = pd.concat([df, other], ",
    "<|im_start|>user\nRewrite df.append(x)<|im_end|>\n<|im_start|>assistant\n",
    "def fit(self, x, y=None):\n    return",
    "The quick brown fox jumps over the lazy dog. The",
    "<|im_start|>system\nYou migrate code.<|im_end|>",
]

VARIANTS = {
    # Qwen2.5 checkpoint layout (transformers 4.x: rope_theta at the top level), bf16, tied.
    "bf16-tied": dict(dtype=torch.bfloat16, tied=True, layers=3, legacy_config=True, seed=3),
    # transformers 5.x layout (rope_parameters), float32, separate lm_head, sharded.
    "f32-untied": dict(dtype=torch.float32, tied=False, layers=2, legacy_config=False, seed=2),
}

MAX_NEW_TOKENS = 16


def train_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN2_SPLIT), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=384, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tok.train_from_iterator([CORPUS] * 4, trainer)
    # Appended after the learned vocabulary, as in Qwen2 (151643, 151644, 151645).
    tok.add_special_tokens(SPECIAL_TOKENS)
    return tok


def qwen2_config(vocab: int, tied: bool, layers: int, hidden: int, inter: int, heads: int, kv: int, eos: int):
    return Qwen2Config(
        vocab_size=vocab,
        hidden_size=hidden,
        intermediate_size=inter,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        num_key_value_heads=kv,
        max_position_embeddings=512,
        rms_norm_eps=1e-6,
        rope_theta=1_000_000.0,
        tie_word_embeddings=tied,
        bos_token_id=eos,
        eos_token_id=eos,
    )


def randomise(model: Qwen2ForCausalLM, seed: int) -> None:
    """Weights large enough that logits are far from uniform and greedy choices are clear-cut."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name:
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=gen))
            elif name.endswith("bias"):
                p.copy_(0.3 * torch.randn(p.shape, generator=gen))
            elif "embed_tokens" in name:
                p.copy_(0.5 * torch.randn(p.shape, generator=gen))
            else:
                p.copy_(3.0 * torch.randn(p.shape, generator=gen) / p.shape[-1] ** 0.5)


def legacy_config(folder: pathlib.Path, dtype: str) -> None:
    """Rewrites config.json the way Qwen2.5 checkpoints on the hub spell it."""
    path = folder / "config.json"
    cfg = json.loads(path.read_text())
    rope = cfg.pop("rope_parameters")
    cfg.pop("layer_types", None)
    cfg.pop("dtype", None)
    cfg["rope_theta"] = rope["rope_theta"]
    cfg["rope_scaling"] = None
    cfg["torch_dtype"] = dtype
    cfg["sliding_window"] = 512
    path.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")


def reference(folder: pathlib.Path, fast: PreTrainedTokenizerFast, eos_ids: list) -> dict:
    model = Qwen2ForCausalLM.from_pretrained(folder, dtype=torch.float32, attn_implementation="eager").eval()
    cases = []
    min_margin = float("inf")
    for prompt in PROMPTS:
        ids = fast(prompt, add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            logits = model(torch.tensor([ids])).logits[0]
            out = model.generate(
                torch.tensor([ids]),
                attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                do_sample=False,
                max_new_tokens=MAX_NEW_TOKENS,
                eos_token_id=eos_ids,
                pad_token_id=eos_ids[0],
                output_scores=True,
                return_dict_in_generate=True,
            )
        new_ids = out.sequences[0, len(ids):].tolist()
        for score in out.scores:
            top = torch.topk(score[0], 2).values
            min_margin = min(min_margin, float(top[0] - top[1]))
        finish = "EOS" if new_ids and new_ids[-1] in eos_ids else "MAX_TOKENS"
        cases.append(
            {
                "prompt": prompt,
                "prompt_ids": ids,
                "logits": [[float(f"{v:.8g}") for v in row] for row in logits.tolist()],
                "greedy_ids": new_ids,
                "greedy_finish": finish,
                "greedy_text": fast.decode([t for t in new_ids if t not in eos_ids]),
            }
        )
    return {"max_new_tokens": MAX_NEW_TOKENS, "eos_token_ids": eos_ids, "min_greedy_margin": min_margin, "cases": cases}


def make_variant(out: pathlib.Path, name: str, spec: dict, tok: Tokenizer) -> None:
    folder = out / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    eos = tok.token_to_id("<|endoftext|>")
    im_end = tok.token_to_id("<|im_end|>")
    config = qwen2_config(tok.get_vocab_size(), spec["tied"], spec["layers"], 64, 128, 4, 2, eos)
    torch.manual_seed(spec["seed"])
    model = Qwen2ForCausalLM(config)
    randomise(model, spec["seed"])
    model.generation_config = GenerationConfig(
        bos_token_id=eos, eos_token_id=[eos, im_end], pad_token_id=eos, do_sample=False
    )
    model.to(spec["dtype"]).save_pretrained(folder, max_shard_size="200KB" if not spec["tied"] else "50MB")
    if spec["legacy_config"]:
        legacy_config(folder, "bfloat16" if spec["dtype"] == torch.bfloat16 else "float32")
    tok.save(str(folder / "tokenizer.json"))
    fast = PreTrainedTokenizerFast(tokenizer_file=str(folder / "tokenizer.json"))
    ref = reference(folder, fast, [eos, im_end])
    (folder / "reference.json").write_text(json.dumps(ref, separators=(",", ":")) + "\n")
    ends = [c["greedy_finish"] for c in ref["cases"]]
    print(f"{name}: min greedy margin {ref['min_greedy_margin']:.4f}, finishes {ends}")


def make_bench(folder: pathlib.Path, tok: Tokenizer) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    eos = tok.token_to_id("<|endoftext|>")
    config = qwen2_config(8192, True, 8, 512, 1536, 8, 2, eos)
    torch.manual_seed(7)
    model = Qwen2ForCausalLM(config)
    model.generation_config = GenerationConfig(eos_token_id=[eos], pad_token_id=eos)
    model.save_pretrained(folder)
    tok.save(str(folder / "tokenizer.json"))
    params = sum(p.numel() for p in model.parameters())
    print(f"bench model: {params / 1e6:.1f}M parameters in {folder}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", help="folder for the committed test checkpoints")
    parser.add_argument("--bench", help="write the mid-size benchmark model to this folder instead")
    args = parser.parse_args()
    tok = train_tokenizer()
    if args.bench:
        make_bench(pathlib.Path(args.bench), tok)
        return
    if not args.out:
        parser.error("give the output folder or --bench FOLDER")
    for name, spec in VARIANTS.items():
        make_variant(pathlib.Path(args.out), name, spec, tok)


if __name__ == "__main__":
    main()
