from __future__ import annotations

import pytest

from tests import journey_data


@pytest.fixture
def rerelease(db):
    """The hosted re-release of seed 000 (Joint Accreditation provider, six credit types)."""
    return journey_data.seed_000_rerelease()
