"""Training the claim model (:mod:`claim_model`): fitting weights and choosing thresholds.

Only ``eval/train_model.py``, ``eval/crossval.py`` and the tests import this module, and only
they need scikit-learn (``pip install 'prosecheck[train]'``); the linter never does. The input is
plain data, so a test can train on a few hand-made rows:

* a *row* is ``(features, label)``: the candidate's named features (a tuple of strings, as
  :func:`claim_model.features` makes them) and whether an annotator marked a claim of the
  category there (1) or not (0);
* a model is ``{feature: weight}`` per category (the intercept is the weight of ``"bias"``,
  which every candidate has), written rounded so the file is the same on every machine.

Training is deterministic: the rows are taken in the order given, the features sorted, and
liblinear's coordinate descent is seeded.
"""

from __future__ import annotations

import json
from collections import Counter

from prosecheck.checks.claim_model import CATEGORIES, FORMAT

#: Regularisation: the inverse strength of the L2 penalty (scikit-learn's ``C``).
C = 0.5
#: A feature seen on fewer training candidates than this gets no weight (a word seen once
#: would only memorise its document).
MIN_COUNT = 3
#: Decimal places kept of each weight: enough for the probabilities, stable across machines.
DIGITS = 4


def fit(rows: list, c: float = C, min_count: int = MIN_COUNT) -> dict:
    """``{feature: weight}`` of a logistic regression fitted to ``rows`` (``(features, label)``).

    With one class only (no positive, or no negative), every candidate gets that class's
    probability from the bias alone.
    """
    labels = [int(y) for _, y in rows]
    if not rows:
        return {"bias": -5.0}
    if len(set(labels)) < 2:
        return {"bias": 5.0 if labels[0] else -5.0}
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= min_count and f != "bias")
    x = _binary_matrix(rows, names)
    lr = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000, tol=1e-6)
    lr.fit(x, labels)
    weights = {"bias": round(float(lr.intercept_[0]), DIGITS)}
    for f, w in zip(names, lr.coef_[0]):
        w = round(float(w), DIGITS)
        if w:
            weights[f] = w
    return weights


def to_json(weights: dict, thresholds: dict, version: str, notes: dict) -> str:
    """The model file: format, version, and per category its weights and thresholds."""
    cats = {}
    for cat in CATEGORIES:
        warning, info = thresholds[cat]
        cats[cat] = {"warning": round(warning, 4), "info": round(info, 4),
                     "weights": dict(sorted(weights[cat].items()))}
    doc = {"format": FORMAT, "version": version, "notes": notes, "categories": cats}
    return json.dumps(doc, indent=1, sort_keys=False, ensure_ascii=True) + "\n"


#: The key of the dense weights (one per embedding dimension) in a mixed model's weights.
DENSE = "@dense"


def fit_mixed(rows: list, vectors: list, c: float = C, min_count: int = MIN_COUNT, scale: float = 1.0,
              sparse: bool = True) -> dict:
    """A logistic regression over the named features of ``rows`` and, beside them, the dense
    ``vectors`` (one per row, e.g. a sentence embedding) multiplied by ``scale`` (the dense part's
    weight against the L2 penalty). ``{feature: weight, DENSE: [weight per dimension]}``; the
    dense weights already include ``scale``. ``sparse=False``: the vectors (and the bias) alone."""
    labels = [int(y) for _, y in rows]
    dims = len(vectors[0]) if vectors else 0
    if not rows:
        return {"bias": -5.0, DENSE: [0.0] * dims}
    if len(set(labels)) < 2:
        return {"bias": 5.0 if labels[0] else -5.0, DENSE: [0.0] * dims}
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    names = []
    if sparse:
        counts = Counter(f for feats, _ in rows for f in set(feats))
        names = sorted(f for f, n in counts.items() if n >= min_count and f != "bias")
    x_sparse = _binary_matrix(rows, names)
    x_dense = csr_matrix(np.asarray(vectors, dtype=np.float64) * scale)
    x = hstack([x_sparse, x_dense], format="csr")
    lr = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000, tol=1e-6)
    lr.fit(x, labels)
    coef = lr.coef_[0]
    weights = {"bias": round(float(lr.intercept_[0]), DIGITS)}
    for f, w in zip(names, coef[: len(names)]):
        w = round(float(w), DIGITS)
        if w:
            weights[f] = w
    start = max(1, len(names))
    weights[DENSE] = [round(float(w) * scale, 6) for w in coef[start : start + dims]]
    return weights


def mixed_probability(weights: dict, feats, vector) -> float:
    """The probability of a mixed model (:func:`fit_mixed`) for a candidate."""
    import math

    get = weights.get
    z = sum(get(f, 0.0) for f in feats if f != DENSE)
    z += sum(w * x for w, x in zip(weights[DENSE], vector))
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _binary_matrix(rows, names):
    """A sparse 0/1 matrix: one row per example, one column per feature name it holds."""
    from scipy.sparse import csr_matrix

    index = {f: j for j, f in enumerate(names)}
    data, cols, ptr = [], [], [0]
    for feats, _ in rows:
        js = sorted({index[f] for f in feats if f in index})
        cols.extend(js)
        data.extend([1.0] * len(js))
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), max(1, len(names))))
