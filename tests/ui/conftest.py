"""Qt fixtures for these tests."""

from tests.fhir.conftest import clock, endpoint  # noqa: F401 - the FHIR sending tests share these
from tests.qtfixtures import main_window, store, window  # noqa: F401
