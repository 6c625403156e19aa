"""Location (R-LO-8): a venue and its city in French, Spanish or Portuguese prose reporting the
event held or organised in the past ("a organisé une conférence … au X, à Y", "tuvo lugar en
el X, en Y", "foi realizado no X, em Y"). Invented text only (docs/corpus.md "Location")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def location(body: str) -> str | None:
    out: str | None = parse_rules("Actualités\n\n" + body + "\n", "t").record["location"]
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "L'ordre des pharmaciens a organisé une conférence sur deux jours au Grand Hôtel "
            "du Lac, à Port-Louis, durant le week-end.",
            "Grand Hôtel du Lac, Port-Louis",
        ),
        (
            "La jornada tuvo lugar en el Palacio de Congresos, en Valdemar, el pasado sábado.",
            "Palacio de Congresos, Valdemar",
        ),
        (
            "O simpósio foi realizado no Centro de Eventos Serra, em Belmonte, no sábado.",
            "Centro de Eventos Serra, Belmonte",
        ),
        (
            "Le congrès s'est tenu au Palais des Festivals, à Villeneuve, en mai.",
            "Palais des Festivals, Villeneuve",
        ),
        (
            "El curso se celebró en el Hospital San Remo, en Alcora, con 80 asistentes.",
            "Hospital San Remo, Alcora",
        ),
    ],
)
def test_a_past_event_in_romance_prose(body: str, want: str) -> None:
    assert location(body) == want


@pytest.mark.parametrize(
    "body",
    [
        # near misses: where an author works, a month after "en"
        "Le docteur travaille au Centre Hospitalier, à Villeneuve, depuis vingt ans.",
        "La asociación fue organizada en Mayo de 1990 por médicos.",
    ],
)
def test_no_place(body: str) -> None:
    assert location(body) is None
