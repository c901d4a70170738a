"""Devices on the server: enrollment codes, tokens (stored hashed), revocation, the list."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update

from sync_server.enrollment_codes import (
    CODE_VALID_MS,
    digest,
    new_code,
    new_device_key,
    new_token,
    normalise_code,
)
from sync_server.sql.database import SqlDatabase
from sync_server.sql.tables import changes, devices, origins
from sync_server.storage_api import ROLES, DeviceInfo, DeviceRecord, EnrollmentError


class DeviceTables:
    """The device slots: the devices part of ``storage_api.SyncStorage``."""

    db: SqlDatabase

    def device_id_of(self, key_or_device_id: str) -> str | None:
        """The device id of a slot named by its key or its device id, if a device holds it."""
        with self.db.read() as conn:
            value = conn.execute(
                select(devices.c.device_id).where(
                    (devices.c.key == key_or_device_id) | (devices.c.device_id == key_or_device_id)
                )
            ).scalar()
        return None if value is None else str(value)

    def enroll(
        self, hub: str, role: str, now_ms: int, replaces: str | None = None
    ) -> tuple[str, str]:
        """A new device slot for ``hub``; returns its key and a one-time enrollment code.

        With ``replaces`` (a device's key or device id) the code may re-bind that device, and
        only it, to a new key: the coordinator's say-so for a laptop enrolled before (revoked,
        or with its connection details lost). Raises LookupError for a device it does not know.
        """
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        target = None
        if replaces is not None:
            target = self.device_id_of(replaces)
            if target is None:
                raise LookupError(replaces)
        key, code = new_device_key(), new_code()
        with self.db.write() as conn:
            conn.execute(
                insert(devices).values(
                    key=key,
                    hub=hub,
                    role=role,
                    code_hash=digest(code),
                    code_expires_ms=now_ms + CODE_VALID_MS,
                    created_ms=now_ms,
                    held_seq=0,
                    pull_cursor=0,
                    clock_ahead_ms=0,
                    replaces=target,
                )
            )
        return key, code

    def claim(
        self, code: str, device_id: str, public_key: str, now_ms: int
    ) -> tuple[DeviceRecord, str]:
        """Bind a one-time code to the app's device UUID and public key; returns the device and
        its token.

        A device id is bound to its first public key for ever: a device the server knows
        (enrolled, or revoked) is bound again, to a new key, only by a code made for it
        (``enroll --replaces``); its change log then continues where the server holds it, and
        its earlier slot is let go. The same code, device and key again within the code's
        lifetime (an answer lost on the way) get a new token."""
        token = new_token()
        with self.db.write() as conn:
            row = (
                conn.execute(
                    select(devices)
                    .where(devices.c.code_hash == digest(normalise_code(code)))
                    .with_for_update()
                )
                .mappings()
                .first()
            )
            if row is None or row["revoked_ms"] is not None:
                raise EnrollmentError("unknown or already used enrollment code")
            if (row["code_expires_ms"] or 0) < now_ms:
                raise EnrollmentError("the enrollment code has expired")
            if row["device_id"] is not None:
                if (row["device_id"], row["public_key"]) != (device_id, public_key):
                    raise EnrollmentError("unknown or already used enrollment code")
                conn.execute(  # a retry: the earlier token (never received) is replaced
                    update(devices)
                    .where(devices.c.key == row["key"])
                    .values(token_hash=digest(token))
                )
                return DeviceRecord(row["key"], device_id, row["hub"], row["role"], False), token
            if row["replaces"] is not None and row["replaces"] != device_id:
                raise EnrollmentError("this enrollment code was made for another device")
            earlier = (
                conn.execute(select(devices).where(devices.c.device_id == device_id))
                .mappings()
                .first()
            )
            held = 0
            if earlier is not None:
                if row["replaces"] != device_id:
                    raise EnrollmentError(
                        "this device is already enrolled (or was revoked): only a code made "
                        "for it can enroll it again (mandrivna-server enroll --replaces "
                        f"{device_id})"
                    )
                held = int(earlier["held_seq"])
                conn.execute(  # the earlier slot keeps its history but lets the id go
                    update(devices)
                    .where(devices.c.key == earlier["key"])
                    .values(
                        device_id=None,
                        code_hash=None,
                        revoked_ms=func.coalesce(devices.c.revoked_ms, now_ms),
                    )
                )
                conn.execute(  # the device's logs continue in its new slot
                    update(origins)
                    .where(origins.c.device_key == earlier["key"])
                    .values(device_key=row["key"])
                )
            conn.execute(
                update(devices)
                .where(devices.c.key == row["key"])
                .values(
                    device_id=device_id,
                    token_hash=digest(token),
                    public_key=public_key,
                    enrolled_ms=now_ms,
                    held_seq=held,
                )
            )
            bound = conn.execute(
                select(origins.c.origin_id).where(origins.c.origin_id == device_id)
            ).first()
            if bound is None:  # laptops of before protocol 2 write under their device id
                conn.execute(
                    insert(origins).values(
                        origin_id=device_id, device_key=row["key"], held_seq=0, created_ms=now_ms
                    )
                )
        return DeviceRecord(row["key"], device_id, row["hub"], row["role"], False), token

    def authenticate(self, token: str) -> DeviceRecord | None:
        with self.db.read() as conn:
            row = (
                conn.execute(select(devices).where(devices.c.token_hash == digest(token)))
                .mappings()
                .first()
            )
        if row is None:
            return None
        return DeviceRecord(
            row["key"], row["device_id"], row["hub"], row["role"], row["revoked_ms"] is not None
        )

    def signer(self, device_id: str) -> tuple[str, str] | None:
        """(slot key, public key) of an enrolled device that is not revoked, for its bundles."""
        with self.db.read() as conn:
            row = conn.execute(
                select(devices.c.key, devices.c.public_key, devices.c.revoked_ms).where(
                    devices.c.device_id == device_id
                )
            ).first()
        if row is None or row[2] is not None or row[1] is None:
            return None
        return str(row[0]), str(row[1])

    def revoke(self, key_or_device_id: str, now_ms: int) -> bool:
        with self.db.write() as conn:
            result = conn.execute(
                update(devices)
                .where(
                    (devices.c.key == key_or_device_id) | (devices.c.device_id == key_or_device_id)
                )
                .values(revoked_ms=now_ms, code_hash=None)  # the token stays known: "revoked"
            )
        return bool(result.rowcount)

    def device_list(self) -> list[DeviceInfo]:
        with self.db.read() as conn:
            top = conn.execute(
                select(func.coalesce(func.max(changes.c.server_seq), 0))
            ).scalar_one()
            own: dict[str, list[str]] = {}
            held: dict[str, int] = {}
            for origin, key, seq in conn.execute(
                select(origins.c.origin_id, origins.c.device_key, origins.c.held_seq)
            ):
                own.setdefault(key, []).append(origin)
                held[key] = held.get(key, 0) + int(seq)
            rows = conn.execute(select(devices).order_by(devices.c.hub, devices.c.key)).mappings()
            out = []
            for r in rows:
                pending = 0
                if r["device_id"] is not None and r["pull_cursor"] < top:
                    pending = conn.execute(
                        select(func.count())
                        .select_from(changes)
                        .where(
                            changes.c.server_seq > r["pull_cursor"],
                            changes.c.device_id.not_in(own.get(r["key"], [])),
                        )
                    ).scalar_one()
                out.append(
                    DeviceInfo(
                        r["key"],
                        r["device_id"],
                        r["hub"],
                        r["role"],
                        r["created_ms"],
                        r["enrolled_ms"],
                        r["revoked_ms"],
                        r["last_sync_ms"],
                        held.get(r["key"], 0),
                        int(pending),
                        r["clock_skew_ms"],
                        r["app_version"],
                        r["reported_pending"],
                    )
                )
        return out
