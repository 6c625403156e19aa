"""The MedBiquitous metrics schema, loaded offline from ../shared/interop/medbiq.

``http://ns.medbiq.org/<path>`` is mapped to that folder. Three imports point to files the folder
does not hold; each is mapped to a local stand-in in ``schemas/`` (not left lax): Dublin Core
``dcterms.xsd`` (only ``dcterms:format`` is referenced), W3C XOP ``include``, and MedBiquitous
``member/v1/member.xsd`` (the folder has member/v2 only). Our PARS file uses none of the three.
The schema is then built strictly: any other unresolved reference fails the build.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import xmlschema

MEDBIQ = Path(__file__).resolve().parents[5] / "shared" / "interop" / "medbiq"
STANDINS = Path(__file__).parent / "schemas"
FIXED = {
    "http://www.dublincore.org/schemas/xmls/qdc/dcterms.xsd": STANDINS / "dcterms-standin.xsd",
    "http://www.w3.org/2004/08/xop/include": STANDINS / "xop-standin.xsd",
    "http://ns.medbiq.org/member/v1/member.xsd": STANDINS / "member-v1-standin.xsd",
}


def _local(url: str) -> str:
    if url in FIXED:
        return FIXED[url].as_uri()
    if url.startswith("http://ns.medbiq.org/"):
        return (MEDBIQ / url.removeprefix("http://ns.medbiq.org/")).as_uri()
    return url


@cache
def metrics_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(
        str(MEDBIQ / "metrics" / "v2" / "medicaleducationmetrics.xsd"),
        uri_mapper=_local,
        allow="local",
    )
