"""The linear-chain CRF over segments (python-crfsuite), trained and applied in memory.

Training is deterministic: L-BFGS with fixed c1/c2 and a fixed number of iterations, on
sequences in the order given (callers sort them). crfsuite writes its model to a file, so
training goes through a temporary directory and returns the bytes.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

SETTINGS: dict[str, Any] = {
    "algorithm": "lbfgs",
    "c1": 0.2,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}


def train_crf(sequences: list[tuple[list[list[str]], list[str]]]) -> bytes:
    """Train on (features per segment, label per segment) sequences; the model's bytes."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({k: v for k, v in SETTINGS.items() if k != "algorithm"})
    for feats, labels in sequences:
        if feats:
            trainer.append(feats, labels)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.crfsuite")
        trainer.train(path)
        with open(path, "rb") as fh:
            return fh.read()


class Tagger:
    """A loaded model: labels and per-segment marginals for a sequence."""

    def __init__(self, model: bytes) -> None:
        import pycrfsuite

        # crfsuite reads the buffer in place: keep it alive as long as the tagger
        self._model = model
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)
        self.labels: list[str] = list(self._tagger.labels())

    def tag(self, feats: list[list[str]]) -> tuple[list[str], list[dict[str, float]]]:
        if not feats:
            return [], []
        self._tagger.set(feats)
        best = list(self._tagger.tag())
        marg = [
            {lab: self._tagger.marginal(lab, i) for lab in self.labels} for i in range(len(feats))
        ]
        return best, marg
