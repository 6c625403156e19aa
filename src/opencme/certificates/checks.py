"""System checks: a certificate that cannot be rendered or signed fails at start-up.

opencme.certificates.E001  a certificate template is missing or does not compile
opencme.certificates.E002  a font file is missing or unreadable
opencme.certificates.E003  OPENCME_CERTIFICATE_KEY is set but is not a usable key
opencme.certificates.E004  (deploy) OPENCME_CERTIFICATE_KEY is not set
opencme.certificates.E005  a rule book statement names a placeholder certificates do not fill
opencme.certificates.E006  a stored provider signing key cannot be unlocked with the configured
                           certificate key (a database restored without its key)
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template

from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.certificates import assets
from opencme.certificates.rules import unknown_placeholders
from opencme.certificates.signing.keys import check_fernet_key, locked_keys

TEMPLATES = (assets.CERTIFICATE_TEMPLATE, assets.TRANSCRIPT_TEMPLATE, assets.STYLESHEET_TEMPLATE)


@checks.register()
def check_templates(app_configs, **kwargs):
    errors = []
    for name in TEMPLATES:
        try:
            get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError) as exc:
            errors.append(
                checks.Error(
                    f"Certificate template {name} cannot be loaded: {exc}",
                    hint="Restore it under opencme/certificates/templates/.",
                    id="opencme.certificates.E001",
                )
            )
    return errors


@checks.register()
def check_fonts(app_configs, **kwargs):
    errors = []
    for name in assets.FONT_FILES.values():
        path = assets.FONTS / name
        try:
            with path.open("rb") as handle:
                magic = handle.read(4)
        except OSError as exc:
            magic, problem = b"", str(exc)
        else:
            problem = "" if magic in (b"\x00\x01\x00\x00", b"OTTO", b"true") else "not a font"
        if problem:
            errors.append(
                checks.Error(
                    f"Certificate font {path} is unusable: {problem}",
                    hint="Restore the font files shipped in opencme/certificates/fonts/.",
                    id="opencme.certificates.E002",
                )
            )
    return errors


@checks.register()
def check_key(app_configs, **kwargs):
    value = getattr(settings, "CERTIFICATE_KEY", "")
    problem = check_fernet_key(value) if value else None
    if problem:
        return [
            checks.Error(
                f"OPENCME_CERTIFICATE_KEY {problem}.",
                hint="Set OPENCME_CERTIFICATE_KEY (or OPENCME_CERTIFICATE_KEY_FILE) to the key "
                "the providers' signing keys were stored with.",
                id="opencme.certificates.E003",
            )
        ]
    return []


@checks.register()
def check_stored_keys_unlock(app_configs, **kwargs):
    """Every provider's stored signing key decrypts with the configured certificate key (at
    start-up, so that a restored database with the wrong key fails there, not at each claim)."""
    value = getattr(settings, "CERTIFICATE_KEY", "")
    if value and check_fernet_key(value):
        return []  # E003 says what is wrong
    try:
        locked = locked_keys()
    except DatabaseError:  # no database yet, or not migrated: nothing stored to unlock
        return []
    if not locked:
        return []
    names = ", ".join(str(key.provider) for key in locked[:5])
    more = f" and {len(locked) - 5} more" if len(locked) > 5 else ""
    source = (
        "OPENCME_CERTIFICATE_KEY"
        if value
        else "the key derived from the secret key (no OPENCME_CERTIFICATE_KEY is set)"
    )
    return [
        checks.Error(
            f"{len(locked)} provider signing key(s) cannot be unlocked with {source}: "
            f"{names}{more}. Claims for their activities would fail.",
            hint="Set OPENCME_CERTIFICATE_KEY (or its file) to the key in use when the database "
            "was backed up; if none was set then, restore that secret key (OPENCME_SECRET_KEY "
            "or its file).",
            id="opencme.certificates.E006",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def check_key_set(app_configs, **kwargs):
    if getattr(settings, "CERTIFICATE_KEY", ""):
        return []
    return [
        checks.Error(
            "OPENCME_CERTIFICATE_KEY is not set: providers' signing keys are encrypted with a "
            "key derived from the secret key, and changing that would lock them.",
            hint="Make one with python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())' and set it, or its file.",
            id="opencme.certificates.E004",
        )
    ]


@checks.register()
def check_statements(app_configs, **kwargs):
    return [
        checks.Error(
            f"Rule book statement {where} names an unknown placeholder.",
            hint="Use only the placeholders opencme.certificates.rules.PLACEHOLDERS lists.",
            id="opencme.certificates.E005",
        )
        for where in unknown_placeholders(shipped_rulebook_data())
    ]
