"""The storage contract, run against SQLite and PostgreSQL alike."""

import threading

import pytest

from mandrivna.core.hlc import pack
from sync_server.storage import EnrollmentError

DEV_A = "aaaaaaaa-0000-4000-8000-000000000001"
DEV_B = "bbbbbbbb-0000-4000-8000-000000000002"
DEV_C = "cccccccc-0000-4000-8000-000000000003"
KEY = "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="  # a real Ed25519 public key
NOW = 1_790_000_000_000


def change(n, device="x"):
    return (pack(NOW, n), "visit", f"{device}-{n}", "f", {"count": n, "hub": "Хаб"}, 0)


def enrolled(storage, device_id, hub="Хаб"):
    _key, code = storage.enroll(hub, "librarian", NOW)
    _record, token = storage.claim(code, device_id, KEY, NOW)
    return token


def test_enrollment_code_is_one_time_and_token_authenticates(storage):
    key, code = storage.enroll("Дніпро", "librarian", NOW)
    record, token = storage.claim(code.lower().replace("-", " "), DEV_A, KEY, NOW)
    assert (record.key, record.device_id, record.hub) == (key, DEV_A, "Дніпро")
    assert storage.authenticate(token).device_id == DEV_A
    assert storage.authenticate("nonsense") is None
    with pytest.raises(EnrollmentError):
        storage.claim(code, DEV_B, KEY, NOW)


def test_expired_code_is_refused(storage):
    _key, code = storage.enroll("Дніпро", "librarian", NOW)
    with pytest.raises(EnrollmentError):
        storage.claim(code, DEV_A, KEY, NOW + 15 * 24 * 3600 * 1000)


def test_revoked_device_cannot_authenticate_as_active(storage):
    token = enrolled(storage, DEV_A)
    assert storage.revoke(DEV_A, NOW)
    assert storage.authenticate(token).revoked  # told "revoked", not "unknown"
    assert storage.public_key(DEV_A) is None
    assert not storage.revoke("no-such-device", NOW)


def test_a_revoked_device_can_enroll_again_and_keeps_its_log(storage):
    token = enrolled(storage, DEV_A)
    storage.push(DEV_A, 1, [change(n) for n in range(1, 4)], NOW)
    with pytest.raises(EnrollmentError, match="already enrolled"):
        storage.claim(storage.enroll("Хаб", "librarian", NOW)[1], DEV_A, KEY, NOW)
    storage.revoke(DEV_A, NOW)
    with pytest.raises(EnrollmentError, match="--replaces"):  # not with any code: one made for it
        storage.claim(storage.enroll("Хаб", "librarian", NOW)[1], DEV_A, KEY, NOW)
    _key, code = storage.enroll("Хаб", "librarian", NOW, replaces=DEV_A)
    _record, new_token = storage.claim(code, DEV_A, KEY, NOW)
    assert storage.authenticate(new_token).device_id == DEV_A
    assert storage.authenticate(token).device_id is None  # the old slot let the id go
    assert storage.held(DEV_A) == 3
    assert storage.push(DEV_A, 4, [change(4)], NOW)[:2] == (4, 1)


def test_an_edit_arriving_after_the_delete_is_scrubbed_too(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    tombstone = (pack(NOW, 1), "reader", "r1", "d", {"phone": None}, 0)
    storage.push(DEV_A, 1, [tombstone], NOW)
    late = (pack(NOW, 0), "reader", "r1", "u", {"phone": "+380999999999", "notes": "ok"}, 0)
    storage.push(DEV_B, 1, [late], NOW)
    with storage.engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT fields FROM server_change").all())
    assert "+380999999999" not in dump and "ok" in dump


def test_secrets_are_stored_hashed(storage):
    _key, code = storage.enroll("Дніпро", "librarian", NOW)
    _record, token = storage.claim(code, DEV_A, KEY, NOW)
    with storage.engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM server_device").all())
    assert token not in dump and code not in dump


def test_push_is_idempotent_and_gap_free(storage):
    enrolled(storage, DEV_A)
    assert storage.push(DEV_A, 1, [change(n) for n in range(1, 6)], NOW)[:2] == (5, 5)
    assert storage.push(DEV_A, 1, [change(n) for n in range(1, 6)], NOW)[:2] == (5, 0)
    assert storage.push(DEV_A, 3, [change(n) for n in range(3, 9)], NOW)[:2] == (8, 3)
    assert storage.push(DEV_A, 10, [change(n) for n in range(10, 13)], NOW)[:2] == (8, 0)
    rows, _cursor, _more = storage.pull(None, 0, 100, NOW)
    assert [r.device_seq for r in rows] == list(range(1, 9))
    assert rows[0].fields_json == '{"count":1,"hub":"Хаб"}'


def test_pull_pages_exclude_own_changes(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    storage.push(DEV_A, 1, [change(n, "a") for n in range(1, 4)], NOW)
    storage.push(DEV_B, 1, [change(n, "b") for n in range(1, 4)], NOW)
    rows, cursor, more = storage.pull(DEV_A, 0, 4, NOW)
    assert [r.entity_id for r in rows] == ["b-1"] and more  # 3 own + 1 other scanned
    rows, cursor, more = storage.pull(DEV_A, cursor, 4, NOW)
    assert [r.entity_id for r in rows] == ["b-2", "b-3"] and not more
    assert storage.pull(DEV_A, cursor, 4, NOW)[0] == []


def test_far_future_stamps_are_flagged(storage):
    enrolled(storage, DEV_A)
    days = 3 * 24 * 3600 * 1000
    row = (pack(NOW + days, 0), "visit", "v", "f", {}, 0)
    held, stored, ahead = storage.push(DEV_A, 1, [row], NOW)
    assert (held, stored) == (1, 1) and ahead == days
    [info] = storage.device_list()
    assert info.clock_ahead_ms == days


def test_device_list_shows_pending_changes(storage):
    enrolled(storage, DEV_A, "Дніпро")
    enrolled(storage, DEV_B, "Харків")
    storage.push(DEV_A, 1, [change(n) for n in range(1, 4)], NOW)
    info = {d.device_id: d for d in storage.device_list()}
    assert info[DEV_A].held_seq == 3 and info[DEV_A].pending == 0
    assert info[DEV_B].pending == 3


def test_pull_cursor_never_skips_a_change_that_commits_late(storage):
    """Many devices push at once while another pulls continuously: the puller must see every
    change exactly once (the server sequence follows commit order)."""
    pushers = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(4)]
    for device in pushers:
        enrolled(storage, device)
    enrolled(storage, DEV_C)
    per_device, batch = 120, 3
    done = threading.Event()
    errors = []

    def push_all(device):
        try:
            for start in range(1, per_device + 1, batch):
                rows = [change(n, device) for n in range(start, start + batch)]
                storage.push(device, start, rows, NOW)
        except Exception as exc:  # reported below
            errors.append(exc)

    seen = []

    def pull_all():
        cursor = 0
        while True:
            finished = done.is_set()
            rows, cursor, _more = storage.pull(DEV_C, cursor, 7, NOW)
            seen.extend(r.entity_id for r in rows)
            if finished and not rows:
                return

    threads = [threading.Thread(target=push_all, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull_all)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    puller.join(timeout=120)
    assert not errors
    assert len(seen) == len(set(seen)) == len(pushers) * per_device


def test_an_erased_record_leaves_no_personal_data_in_the_log(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    registration = (
        pack(NOW, 1),
        "reader",
        "r1",
        "u",
        {"surname": "Шевченко", "phone": "+380501112233", "registered_on": "2026"},
        0,
    )
    storage.push(DEV_A, 1, [registration], NOW)
    tombstone = (pack(NOW, 2), "reader", "r1", "d", {"surname": None, "phone": None}, 0)
    storage.push(DEV_B, 1, [tombstone], NOW)
    with storage.engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT fields FROM server_change").all())
    assert "Шевченко" not in dump and "+380501112233" not in dump
    assert "2026" in dump  # what the delete did not erase stays


def test_snapshot_merges_records_and_leaves_facts_to_the_pull(storage):
    import json

    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    storage.push(
        DEV_A,
        1,
        [
            (pack(NOW, 1), "reader", "r1", "u", {"surname": "Бойко", "phone": "1"}, 0),
            (pack(NOW, 2), "visit", "v1", "f", {"count": 2}, 0),
            (pack(NOW, 3), "reader", "r2", "u", {"surname": "Мороз"}, 0),
        ],
        NOW,
    )
    storage.push(
        DEV_B,
        1,
        [
            (pack(NOW, 4), "reader", "r1", "u", {"phone": "2"}, pack(NOW, 1)),
            (pack(NOW, 5), "reader", "r2", "d", {"surname": None}, 0),
        ],
        NOW,
    )
    upto, rows, _more = storage.snapshot_records(None, 10)
    assert upto == 5
    merged = {r[1]: json.loads(r[2]) for r in rows}
    assert merged == {
        "r1": {"surname": "Бойко", "phone": "2"},
        "r2": {"surname": None, "_deleted": True},
    }
    # paging by key, and a later snapshot folds in only what is new
    upto2, first, _more = storage.snapshot_records(None, 1)
    _, second, _more = storage.snapshot_records((first[0][0], first[0][1]), 1)
    assert [r[1] for r in first + second] == ["r1", "r2"] and upto2 == 5
    facts, cursor, more = storage.pull("someone-else", 0, 10, NOW, facts_upto=upto)
    assert [r.entity_id for r in facts] == ["v1"] and cursor == 5 and not more


def test_records_are_folded_for_snapshots_in_small_steps(storage, monkeypatch):
    from sync_server import snapshots

    monkeypatch.setattr(snapshots, "CHUNK", 2)
    enrolled(storage, DEV_A)
    rows = [(pack(NOW, n), "reader", f"r{n}", "u", {"surname": f"S{n}"}, 0) for n in range(1, 6)]
    storage.push(DEV_A, 1, rows, NOW)
    steps = 1
    while storage.materialize_step():
        steps += 1
    assert steps == 3  # 5 changes, 2 a step
    upto, page, _more = storage.snapshot_records(None, 10)
    assert upto == 5 and [r[1] for r in page] == ["r1", "r2", "r3", "r4", "r5"]
