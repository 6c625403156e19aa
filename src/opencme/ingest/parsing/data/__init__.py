"""Word tables the rule extractors read: each entry cites its source or names its class.

Loaded once by `opencme.ingest.parsing.vocab`; a package so the JSON files ship in the wheel.
"""
