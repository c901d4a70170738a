"""The SQL backend's own tests run on its two databases (not on other backends)."""

import pytest

from tests.server.storage_backends import BACKENDS, SQL_BACKENDS


@pytest.fixture(params=SQL_BACKENDS)
def backend(request):
    return BACKENDS[request.param]
