"""The learned reader: segments a listing, tags each segment with a CRF, extracts fields.

`train(examples)` builds a model (bytes) from (text, record) pairs; `read(text, model)` gives
the tagger's field values with confidences, which `parsing.parser` combines with the rule
extractors. The shipped model lives in `model/` and is loaded once per process, lazily.
"""

from __future__ import annotations

from opencme.ingest.reading.model_io import read, shipped_model, train

__all__ = ["read", "shipped_model", "train"]
