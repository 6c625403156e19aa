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

    def tag(
        self, feats: list[list[str]], wanted: tuple[str, ...] | None = None
    ) -> tuple[list[str], list[dict[str, float]]]:
        """Best labels and, per segment, the marginals of the `wanted` labels (all by default;
        each marginal is a call into crfsuite, so inference asks only for those it reads)."""
        if not feats:
            return [], []
        self._tagger.set(feats)
        best = list(self._tagger.tag())
        labels = [lab for lab in (wanted or self.labels) if lab in self.labels]
        marginal = self._tagger.marginal
        marg = [{lab: marginal(lab, i) for lab in labels} for i in range(len(feats))]
        absent = [lab for lab in wanted or () if lab not in self.labels]  # none with our models
        for m in marg if absent else ():
            for lab in absent:
                m[lab] = 0.0
        return best, marg
