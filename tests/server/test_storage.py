"""The storage contract (``storage_api.SyncStorage``), run against every backend."""

import json
import threading

import pytest

from mandrivna.core.hlc import pack
from mandrivna.wire import from_pushed
from sync_server.storage_api import (
    ClockAheadError,
    EnrollmentError,
    LogMismatchError,
    OriginError,
)

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


def key_of(storage, device_id):
    return next(d.key for d in storage.device_list() if d.device_id == device_id)


def push(storage, device_id, first_seq, rows, now=NOW, origin=None):
    """A device pushes ``rows`` (as on the wire) under its first origin (its own id) unless told
    another."""
    origin = origin or device_id
    changes = [from_pushed(origin, first_seq + i, row) for i, row in enumerate(rows)]
    return storage.push(key_of(storage, device_id), origin, first_seq, changes, now)


def pull(storage, device_id, after, limit, now=NOW, facts_upto=None):
    key = key_of(storage, device_id) if device_id else None
    return storage.pull(key, after, limit, now, facts_upto)[:3]


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
    assert storage.signer(DEV_A) is None
    assert not storage.revoke("no-such-device", NOW)


def test_a_revoked_device_can_enroll_again_and_keeps_its_log(storage):
    token = enrolled(storage, DEV_A)
    push(storage, DEV_A, 1, [change(n) for n in range(1, 4)])
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
    assert push(storage, DEV_A, 4, [change(4)]) == (4, 1)


def test_an_edit_arriving_after_the_delete_is_scrubbed_too(storage, stored_text):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    tombstone = (pack(NOW, 1), "reader", "r1", "d", {"phone": None}, 0)
    push(storage, DEV_A, 1, [tombstone])
    late = (pack(NOW, 0), "reader", "r1", "u", {"phone": "+380999999999", "notes": "ok"}, 0)
    push(storage, DEV_B, 1, [late])
    dump = stored_text(storage)
    assert "+380999999999" not in dump and '"ok"' in dump


def test_secrets_are_stored_hashed(storage, stored_text):
    _key, code = storage.enroll("Дніпро", "librarian", NOW)
    _record, token = storage.claim(code, DEV_A, KEY, NOW)
    dump = stored_text(storage)
    assert token not in dump and code not in dump and DEV_A in dump


def test_push_is_idempotent_and_gap_free(storage):
    enrolled(storage, DEV_A)
    assert push(storage, DEV_A, 1, [change(n) for n in range(1, 6)]) == (5, 5)
    assert push(storage, DEV_A, 1, [change(n) for n in range(1, 6)]) == (5, 0)
    assert push(storage, DEV_A, 3, [change(n) for n in range(3, 9)]) == (8, 3)
    assert push(storage, DEV_A, 10, [change(n) for n in range(10, 13)]) == (8, 0)
    rows, _cursor, _more = pull(storage, None, 0, 100)
    assert [r.device_seq for r in rows] == list(range(1, 9))
    assert rows[0].fields_json == '{"count":1,"hub":"Хаб"}'


def test_pull_pages_exclude_own_changes(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    push(storage, DEV_A, 1, [change(n, "a") for n in range(1, 4)])
    push(storage, DEV_B, 1, [change(n, "b") for n in range(1, 4)])
    rows, cursor, more = pull(storage, DEV_A, 0, 4)
    assert [r.entity_id for r in rows] == ["b-1"] and more  # 3 own + 1 other scanned
    rows, cursor, more = pull(storage, DEV_A, cursor, 4)
    assert [r.entity_id for r in rows] == ["b-2", "b-3"] and not more
    assert pull(storage, DEV_A, cursor, 4)[0] == []


def test_a_push_stamped_ahead_of_the_server_clock_is_refused_and_stores_nothing(storage):
    enrolled(storage, DEV_A)
    days = 3 * 24 * 3600 * 1000
    row = (pack(NOW + days, 0), "visit", "v", "f", {}, 0)
    with pytest.raises(ClockAheadError) as refused:
        push(storage, DEV_A, 1, [change(1), row])
    assert refused.value.ahead_ms == days and refused.value.server_time_ms == NOW
    assert storage.held(DEV_A) == 0 and storage.latest() == 0
    within = (pack(NOW + 9 * 60_000, 0), "visit", "v", "f", {}, 0)  # ten minutes are allowed
    assert push(storage, DEV_A, 1, [within]) == (1, 1)


def test_the_device_list_tells_a_clock_ahead_or_behind(storage):
    enrolled(storage, DEV_A, "Дніпро")
    enrolled(storage, DEV_B, "Харків")
    day = 24 * 3600 * 1000
    storage.status(key_of(storage, DEV_A), 0, NOW + 3 * day, NOW)
    storage.status(key_of(storage, DEV_B), 0, NOW - 400 * day, NOW)
    info = {d.device_id: d for d in storage.device_list()}
    assert info[DEV_A].clock_skew_ms == 3 * day
    assert info[DEV_B].clock_skew_ms == -400 * day


def test_device_list_shows_pending_changes(storage):
    enrolled(storage, DEV_A, "Дніпро")
    enrolled(storage, DEV_B, "Харків")
    push(storage, DEV_A, 1, [change(n) for n in range(1, 4)])
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
                push(storage, device, start, rows)
        except Exception as exc:  # reported below
            errors.append(exc)

    seen = []

    def pull_all():
        cursor = 0
        while True:
            finished = done.is_set()
            rows, cursor, _more = pull(storage, DEV_C, cursor, 7)
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


def test_an_erased_record_leaves_no_personal_data_in_the_log(storage, stored_text):
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
    push(storage, DEV_A, 1, [registration])
    tombstone = (pack(NOW, 2), "reader", "r1", "d", {"surname": None, "phone": None}, 0)
    push(storage, DEV_B, 1, [tombstone])
    dump = stored_text(storage)
    assert "Шевченко" not in dump and "+380501112233" not in dump
    assert "2026" in dump  # what the delete did not erase stays


def test_an_erasure_leaves_the_erased_values_nowhere_in_the_storage(storage, stored_text):
    """Not in the log, and not in the records merged for snapshots, even before the next fold."""
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    fields = {"surname": "Шевченко", "phone": "+380501112233", "blocked": 0}
    push(storage, DEV_A, 1, [(pack(NOW, 1), "reader", "r1", "u", fields, 0)])
    storage.snapshot_records(None, 10)  # the merged records hold the reader now
    assert "Шевченко" in stored_text(storage)
    erase = {"surname": None, "phone": None}
    push(storage, DEV_B, 1, [(pack(NOW, 2), "reader", "r1", "d", erase, pack(NOW, 1))])
    dump = stored_text(storage)
    assert "Шевченко" not in dump and "+380501112233" not in dump
    _upto, records, _more = storage.snapshot_records(None, 10)
    assert [json.loads(r.fields_json) for r in records] == [
        {"surname": None, "phone": None, "blocked": 0, "_deleted": True}
    ]


def test_snapshot_merges_records_and_leaves_facts_to_the_pull(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    push(
        storage,
        DEV_A,
        1,
        [
            (pack(NOW, 1), "reader", "r1", "u", {"surname": "Бойко", "phone": "1"}, 0),
            (pack(NOW, 2), "visit", "v1", "f", {"count": 2}, 0),
            (pack(NOW, 3), "reader", "r2", "u", {"surname": "Мороз"}, 0),
        ],
        NOW,
    )
    push(
        storage,
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
    facts, cursor, more = pull(storage, None, 0, 10, facts_upto=upto)
    assert [r.entity_id for r in facts] == ["v1"] and cursor == 5 and not more


def test_an_origin_belongs_to_the_device_that_first_pushed_it(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    new_origin = "0a0a0a0a-0000-4000-8000-00000000000a"
    assert push(storage, DEV_A, 1, [change(1)], origin=new_origin) == (1, 1)
    with pytest.raises(OriginError):
        push(storage, DEV_B, 2, [change(2)], origin=new_origin)
    with pytest.raises(OriginError):
        push(storage, DEV_B, 1, [change(1)], origin=DEV_A)
    with pytest.raises(OriginError):
        storage.own_changes(key_of(storage, DEV_B), new_origin, 0, 10)
    status = storage.status(key_of(storage, DEV_A), 0, None, NOW)
    assert status.origins == {DEV_A: 0, new_origin: 1}
    # a device's own origins are left out of its pulls, every other one is in
    assert pull(storage, DEV_A, 0, 10)[0] == []
    assert [r.device_id for r in pull(storage, DEV_B, 0, 10)[0]] == [new_origin]


def test_a_number_held_with_other_content_is_refused(storage):
    enrolled(storage, DEV_A)
    push(storage, DEV_A, 1, [change(n) for n in range(1, 4)])
    other = (pack(NOW, 99), "visit", "other", "f", {}, 0)
    with pytest.raises(LogMismatchError):
        push(storage, DEV_A, 2, [other, change(3), change(4)])
    assert storage.held(DEV_A) == 3


def test_the_history_id_is_kept_at_every_cursor(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    key_b = key_of(storage, DEV_B)
    before = storage.status(key_b, 0, None, NOW).chain
    push(storage, DEV_A, 1, [change(n) for n in range(1, 4)])
    _rows, cursor, more, chain = storage.pull(key_b, 0, 2, NOW)
    assert cursor == 2 and more and chain == storage.status(key_b, 2, None, NOW).chain
    assert storage.status(key_b, 0, None, NOW).chain == before  # the start does not move
    assert storage.status(key_b, 9, None, NOW).chain is None  # the server holds less
    assert len({storage.status(key_b, n, None, NOW).chain for n in range(4)}) == 4
