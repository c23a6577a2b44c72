"""Qt fixtures for these tests."""

from tests.qtfixtures import main_window, store, window  # noqa: F401
