"""An event's name in Spanish or Portuguese prose (R-TI-5): the event noun opens the name, an
ordinal may stand before it, and capitalised words joined by "de", "del", "da", "do", "y", "e"
follow ("inscrito a las 4as Jornadas Nacionales de Digestivo LSMG" -> "4as Jornadas
Nacionales de Digestivo LSMG"; "participarem do 43º Congresso Brasileiro de Patologia
Clínica" -> "43º Congresso Brasileiro de Patologia Clínica"), where an English name ends in
its noun ("the 12th Lakeside Nursing Congress")."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

_NOUNS = (
    "Congreso|Congresso|Jornadas|Simposio|Simpósio|Curso|Encuentro|Encontro|Reunión|Reunião|"
    "Seminario|Seminário|Jornada"
)
_CAP = r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w/’'-]*"
_ROMANCE_NAME = lazy_compile(
    r"(?P<name>(?:\d{1,2}(?:º|ª|as|os|\.ª|\.º)\s+)?(?:" + _NOUNS + r")"
    r"(?:\s+(?:(?:de|del|da|do|das|dos|y|e|en)\s+)?" + _CAP + r"){1,10})"
)
_LOOK = 3000  # characters of the page's opening a name is looked for in


def romance_name(flat: str) -> tuple[str, int] | None:
    """The first event name in Spanish or Portuguese in the page's opening, of three words
    or more, its line breaks read as spaces, and where it starts."""
    head = flat[:_LOOK]
    if not any(n in head for n in ("Congres", "Jornada", "Simp", "Curso", "Encu", "Enco")):
        return None  # the cheap guard: no event noun of these languages
    for m in _ROMANCE_NAME.finditer(head):
        name = " ".join(m["name"].split())
        if len(name.split()) >= 3:
            return name, m.start()
    return None
