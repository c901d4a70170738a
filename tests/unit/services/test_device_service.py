"""This device's settings: a first set-up creates its identity (or takes the one a sync server
enrolled), a later change keeps the settings not given, and the identity never changes."""

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.services.device_service import DeviceService
from mandrivna.store.database import Database

ENROLLED_ID = "6f1c2a52-8d4e-4b7a-9a51-0c3e2f1d9b77"


@pytest.fixture
def fresh(data_dir):
    database = Database.open(data_dir)
    yield database
    database.close()


def test_a_change_keeps_what_is_not_given(fresh):
    devices = DeviceService(fresh)
    first = devices.change("Хаб Дніпро", "Олена")
    devices.change(language="en")
    changed = devices.change(librarian_name="Марія")
    assert (changed.hub_name, changed.librarian_name, changed.language) == (
        "Хаб Дніпро",
        "Марія",
        "en",
    )
    assert changed.device_id == first.device_id


def test_a_device_not_set_up_needs_both_names(fresh):
    with pytest.raises(ValidationError):
        DeviceService(fresh).change(librarian_name="Олена")
    assert fresh.device() is None


def test_the_identity_an_enrollment_claimed_is_taken_once_and_never_changed(fresh):
    state = fresh.set_device(device_id=ENROLLED_ID, hub_name="Хаб Харків", librarian_name="Марія")
    assert state.device_id == ENROLLED_ID
    with pytest.raises(ValueError):
        fresh.set_device(device_id="0b7e0d8a-5a0f-4f57-8d0b-6a4c1c3e2f10", hub_name="Хаб")
    assert fresh.device().device_id == ENROLLED_ID
