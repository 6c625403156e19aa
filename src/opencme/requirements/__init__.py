"""The clinician's tracker: what each license, board and the DEA requires, and what fills it.

Rules are data (``rules/*.json``, one file per credential type, every fact cited); ``loader``
turns a file into the typed model of ``rules``; ``allocation`` evaluates credits against
credentials with pure functions and no database.
"""
