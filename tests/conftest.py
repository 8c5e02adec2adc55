import pytest
from django.contrib.auth import get_user_model

from prachasan.demo.services import DEMO_PASSWORD


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test runs against the demo office, loaded once per test database."""
    from prachasan.demo.services import demo_office_load

    with django_db_blocker.unblock():
        demo_office_load()


@pytest.fixture
def login(client):
    """Log the test client in as one of the demo users."""

    def as_user(username: str):
        user = get_user_model().objects.get(username=username)
        assert client.login(username=username, password=DEMO_PASSWORD)
        return user

    return as_user
