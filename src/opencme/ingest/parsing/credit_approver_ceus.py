"""An approver's CEUs (R-CR-93): on a page that names exactly one approver of
data/accreditors.json and writes "<approver> CEUs" (an accreditor's required wording: "The
assignment of AOTA CEUs does not imply endorsement ..."), the page's unnamed "N CEUs" ("This
Distance Learning-Independent activity is offered at 0.125 CEUs") are that approver's, as its
unnamed contact hours are (R-CR-33), even where state boards give hours of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_text import Ctx, Mention, neg, number, sentences
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# "0.125 CEUs", "1.5 CEU": the figure right before the unit
_UNIT_LABELS = ("CEU", "CEUs")  # the unit alone as unnamed credit's label (R-CR-18)
_CEUS = lazy_compile(r"(?<![\d.,$])(?P<num>\d{1,3}(?:\.\d{1,3})?)\s*CEUs?\b")


def approver_ceus(doc: Doc, ctx: Ctx, mentions: list[Mention]) -> None:
    """R-CR-93: the page's first unrefused "N CEUs" as the one named approver's credit."""
    if "CEU" not in doc.flat:
        return
    only = ctx.only_approver()
    if only is None:
        return
    code, label = only
    if label is None:
        return
    if re.search(rf"\b{re.escape(label)}\s+CEUs?\b", doc.flat) is None:
        return
    if any(m.label == label and m.amount is not None for m in mentions):
        return  # the approver's amount is read already
    for ln in doc.lines:
        if not ln.digit or "CEU" not in ln.text:
            continue
        for sentence in sentences(ln.text):
            for m in _CEUS.finditer(sentence):
                if neg(sentence, m.start("num")):
                    continue
                amount = number(m.group("num"))
                for i, old in enumerate(mentions):
                    if old.code == "OTHER" and old.label in _UNIT_LABELS and old.amount == amount:
                        mentions[i] = replace(old, code=code, label=label)
                        return
                mentions.append(Mention(code, label, amount, "credit", ln.no, sentence))
                return
