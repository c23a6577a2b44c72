"""Qt fixtures for these tests."""

from tests.qtfixtures import store, window  # noqa: F401
