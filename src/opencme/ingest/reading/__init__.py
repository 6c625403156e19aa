"""The learned reader: segments a listing, tags each segment with a CRF, extracts fields.

`train(examples)` builds a model (bytes) from (text, record) pairs; `read(text, model)` gives
the tagger's field values with confidences, which `parsing.parser` combines with the rule
extractors. Five small learned readers then check or add to the combined reading: the title's
line (`title_lines`), the provider's name (`provider_spans`), the description's paragraph
(`description_lines`), the faculty (`faculty_spans`) and the audience (`audience_spans`; the
two list readers share `list_spans`), each a linear model
over words and shapes (`linear`) with thresholds chosen on the calibration listings (the
four readers after the title check also learn from them, read out of fold: `crossfit`). The
shipped model lives in `model/` and is loaded once per process, lazily.
"""

from __future__ import annotations

from opencme.ingest.reading.model_io import read, shipped_model, train

__all__ = ["read", "shipped_model", "train"]
