"""System checks fail at start-up on a missing font, an unusable key, a missing key in
production, or an unknown statement placeholder; they pass as shipped."""

from __future__ import annotations

from cryptography.fernet import Fernet

from opencme.certificates import assets, checks


def _ids(errors) -> list[str]:
    return [e.id for e in errors]


def test_checks_pass_as_shipped(settings):
    settings.CERTIFICATE_KEY = Fernet.generate_key().decode()
    assert checks.check_templates(None) == []
    assert checks.check_fonts(None) == []
    assert checks.check_key(None) == []
    assert checks.check_key_set(None) == []
    assert checks.check_statements(None) == []


def test_check_fonts_missing_font(monkeypatch, tmp_path):
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"<html>not a font</html>")
    monkeypatch.setattr(assets, "FONTS", tmp_path)
    errors = checks.check_fonts(None)
    assert set(_ids(errors)) == {"opencme.certificates.E002"}
    assert len(errors) == len(assets.FONT_FILES)


def test_check_key_unusable_and_missing(settings):
    settings.CERTIFICATE_KEY = "too-short"
    assert _ids(checks.check_key(None)) == ["opencme.certificates.E003"]
    settings.CERTIFICATE_KEY = ""
    assert checks.check_key(None) == []
    assert _ids(checks.check_key_set(None)) == ["opencme.certificates.E004"]


def test_check_templates_missing(monkeypatch):
    monkeypatch.setattr(checks, "TEMPLATES", ("certificates/no-such-template.html",))
    assert _ids(checks.check_templates(None)) == ["opencme.certificates.E001"]


def test_check_stored_keys_unlock_under_another_key(settings, db):
    from opencme.certificates.signing.keys import key_for
    from tests import factories

    settings.CERTIFICATE_KEY = Fernet.generate_key().decode()
    key_for(factories.provider(name="Keyed Provider"))
    assert checks.check_stored_keys_unlock(None) == []
    settings.CERTIFICATE_KEY = Fernet.generate_key().decode()  # a restore under another key
    errors = checks.check_stored_keys_unlock(None)
    assert _ids(errors) == ["opencme.certificates.E006"]
    assert "Keyed Provider" in errors[0].msg
    settings.CERTIFICATE_KEY = ""  # nor the key derived from the secret key
    assert _ids(checks.check_stored_keys_unlock(None)) == ["opencme.certificates.E006"]
