"""Where a content step's uploaded material is kept: beside, not inside, ``MEDIA_ROOT``.

``MEDIA_ROOT`` is served to anyone in development (``config/urls.py``); a course's video is
only for its enrolled learners and its provider's staff, so it lives in ``VAR_DIR/content``
and is served by ``learning.content_views.content_file`` after its access check.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class ContentStorage(FileSystemStorage):
    """File storage under ``settings.VAR_DIR / "content"``, read when used (so a test may move
    it) and without a public address."""

    @property
    def base_location(self) -> str:
        return str(Path(settings.VAR_DIR) / "content")

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise ValueError("step material has no public address; it is served after a check")


def content_storage() -> ContentStorage:
    return ContentStorage()
