"""A venue and its city, or a city alone, named in Portuguese, Spanish or French prose about the
event: "O congresso será de 3 a 5 de maio, no Pavilhão X, em Y", "se celebrará en el Palacio X,
en Y", "aura lieu au Palais X, à Y" (docs/corpus.md "Location": a venue and its city as
written, "Venue, City"). The sentence must say the event happens (será, realizado, acontece, se
celebrará, tendrá lugar, aura lieu, se tiendra): where authors work is no place."""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the verbs of an event taking place
_VERB = (
    r"(?:será|serão|realizad[oa]s?|realizar-se-á|acontece(?:rá|rão)?|ocorrerá|sediad[oa]|"
    r"se\s+celebra(?:rá)?|tendrá\s+lugar|se\s+llevará\s+a\s+cabo|se\s+realizará|"
    r"aura\s+lieu|se\s+tiendra|se\s+déroulera|"
    # the past of holding and organising (R-LO-8): "a organisé une conférence … au X, à Y",
    # "tuvo lugar en el X", "foi realizado no X", "s'est tenu au X"
    r"organis[ée]e?s?|organiz(?:ad[oa]s?|ou|ó)|a\s+eu\s+lieu|s['’]est\s+(?:tenue?|déroulée?)|"
    r"tuvo\s+lugar|se\s+llevó\s+a\s+cabo|se\s+celebró|aconteceu|ocorreu|foi\s+realizad[oa])"
)
_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]*"
# a name: capitalised words, with the small words of Romance names between them
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|do|da|dos|das|del|la|las|los|du|des)\s+)?{_NAME_WORD}){{0,5}}"
_CITY = rf"{_NAME_WORD}(?:\s+(?:(?:de|do|da|del|la)\s+)?{_NAME_WORD}){{0,2}}"
_VENUE = lazy_compile(
    rf"\b{_VERB}\b[^.\n]{{0,80}}?\b(?:no|na|nos|nas|en\s+el|en\s+la|au|à\s+la|à\s+l['’])\s*"
    rf"(?P<v>{_NAME}),?\s+(?:em|en|à)\s+(?P<city>{_CITY})(?=\s*[,.;(]|\s+[a-zà-ÿ]|\s*$)",
    re.MULTILINE,
)
_CITY_ONLY = lazy_compile(
    rf"\b{_VERB}\b[^.\n]{{0,40}}?\b(?:em|en|à)\s+(?P<city>{_CITY})(?=\s*[,.;(]|\s+[a-zà-ÿ]|\s*$)",
    re.MULTILINE,
)
# months and languages, lowercase in these languages but capitalised by some pages, are no city
# ("ministrado em Português")
_NOT_CITY = lazy_compile(
    r"^(?:Português|Portugués|Inglês|Inglés|Espanhol|Español|Francês|Francés|Français|Anglais|"
    r"Espagnol|Portugais|Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|"
    r"Dezembro|Enero|Febrero|Marzo|Mayo|Junio|Julio|Septiembre|Octubre|Noviembre|Diciembre|"
    r"Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\b"
)


def romance_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The venue and city, or the city, a Portuguese, Spanish or French event sentence names."""
    flat = doc.flat
    if " em " not in flat and " en " not in flat and " à " not in flat:
        return None
    m = _VENUE.search(flat)
    if m and not _NOT_CITY.match(m["city"]):
        used(diags, "location", doc.line_at(m.start("v")), "a venue named in Romance prose")
        return f"{m['v']}, {m['city']}"
    m = _CITY_ONLY.search(flat)
    if m and not _NOT_CITY.match(m["city"]):
        used(diags, "location", doc.line_at(m.start("city")), "a city named in Romance prose")
        return m["city"]
    return None
