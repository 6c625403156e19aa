"""How the search tables hold an activity's facet values, so counting them is cheap.

Facet counts are the finder's costliest part: every match adds one to each of its values. The
side table ``catalog_doc`` therefore keeps all of an activity's facet values in its one narrow
row, and the counts are a few ``GROUP BY``\\ s over the matches' rows:

- a family with one value per activity (``ID_FAMILIES``) is a column holding that value's number
  in ``catalog_facetvalue`` (``provider_id``);
- a family with several (``BIT_FAMILIES``) is a bit set: each value of the family has a bit
  (``catalog_facetvalue.bit``, 0 to 62, given in order of first use), the column holds the sum
  of its values' bits; the counts group the matches by bit set (few distinct sets) and add each
  set's count to each of its bits' values.

Families of few values (``COMBINED_FAMILIES``) are grouped once more: each distinct set of
their columns is a row of ``catalog_facetcombo`` (a few thousand in a million activities), and
``catalog_doc.combo_id`` names it. Counting then sorts the matches three times (by combination,
provider and specialties) instead of once per family, and sums each family from the few
combinations found.

A value that finds its family's 63 bits taken has no bit: it is kept as a row of
``catalog_facet`` (SQLite) or in ``overflow_ids`` (PostgreSQL) and counted from there. Credit
types, professions and boards come from the rule book and stay far below 63; specialties are
the family that could, one day, overflow.
"""

from __future__ import annotations

ALL = "all"
ID_FAMILIES = ("kind", "provider", "format", "delivery", "free")
BIT_FAMILIES = ("credit_type", "profession", "moc_board", "specialty", "topic")
BITS_PER_FAMILY = 63  # bits 0..62 of a signed 64-bit integer: every set stays positive

# The column of catalog_doc that holds each family.
COLUMNS = {
    **{family: f"{family}_id" for family in ID_FAMILIES},
    **{family: f"{family}_bits" for family in BIT_FAMILIES},
}

# Families of few values each, counted through ``catalog_facetcombo``; the others (many
# values: providers, specialties) are grouped on their own column.
# ``topic`` (the topic vocabulary, a few dozen codes; most activities have none) comes last, so
# adding it kept every combination's key but for a trailing ",0" (migration 0008).
COMBINED_FAMILIES = (
    "kind",
    "format",
    "delivery",
    "free",
    "credit_type",
    "profession",
    "moc_board",
    "topic",
)
COMBO_COLUMNS = tuple(COLUMNS[f] for f in COMBINED_FAMILIES)
ALONE_FAMILIES = tuple(f for f in (*ID_FAMILIES, *BIT_FAMILIES) if f not in COMBINED_FAMILIES)
# What a match's counts read from its catalog_doc row.
COUNT_COLUMNS = ("combo_id", *(COLUMNS[f] for f in ALONE_FAMILIES))


def family(token: str) -> str:
    """``credit_type:ACPE`` -> ``credit_type``; ``all`` -> ``all``."""
    return token.partition(":")[0]


def doc_columns(tokens: list[str], values: dict[str, tuple[int, int | None]]) -> dict[str, int]:
    """The ``catalog_doc`` facet columns of one activity, from its tokens and the numbers and
    bits of their values (``values[token] = (id, bit)``). Families without a value are 0 (bit
    sets) or absent (ids)."""
    columns: dict[str, int] = {COLUMNS[f]: 0 for f in BIT_FAMILIES}
    for token in tokens:
        name = family(token)
        number, bit = values[token]
        if name in ID_FAMILIES:
            columns[COLUMNS[name]] = number
        elif name in BIT_FAMILIES and bit is not None:
            columns[COLUMNS[name]] |= 1 << bit
    return columns


def overflow(tokens: list[str], values: dict[str, tuple[int, int | None]]) -> list[int]:
    """Numbers of the activity's values that are counted outside the columns (no bit)."""
    return [values[t][0] for t in tokens if family(t) in BIT_FAMILIES and values[t][1] is None]


def combo_key(columns: dict[str, int]) -> str:
    """The ``catalog_facetcombo.key`` of an activity's facet columns (``doc_columns``): its
    combined families' numbers in ``COMBO_COLUMNS`` order, 0 for none."""
    return ",".join(str(columns.get(c) or 0) for c in COMBO_COLUMNS)
