import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from prachasan.demo.services import DEMO_PASSWORD


def pytest_configure(config):
    """Start from clean test files (once, in the controller when running in parallel)."""
    if hasattr(config, "workerinput"):
        return
    var = Path(settings.VAR_DIR)
    for leftover in var.glob("test-db.sqlite3*"):
        leftover.unlink()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_modify_db_settings,
):
    """The test database with the demo office, loaded once per test database.

    Set up here rather than by pytest-django, which creates the test database only when
    some collected test is marked django_db: the browser tests are not (a test
    transaction would hold SQLite's write lock against their server thread), and without
    this they would run against the development database."""
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from prachasan.demo.services import demo_office_load

    with django_db_blocker.unblock():
        db_cfg = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={"default"},
            keepdb=django_db_keepdb,
        )
        name = str(connection.settings_dict["NAME"])
        assert "test" in name or "memorydb" in name, f"{name} is not a test database"
        demo_office_load()
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(db_cfg, verbosity=request.config.option.verbose)


@pytest.fixture
def login(client):
    """Log the test client in as one of the demo users."""

    def as_user(username: str):
        user = get_user_model().objects.get(username=username)
        assert client.login(username=username, password=DEMO_PASSWORD)
        return user

    return as_user


@pytest.fixture
def sandbox(tmp_path):
    """The local sandbox (LINE, Facebook, SMS gateway emulators and an SMTP server) on
    loopback ports of its own, with an empty inbox; stopped after the test."""
    from prachasan.sandbox.server import SandboxServer

    with SandboxServer(tmp_path / "sandbox") as server:
        yield server
