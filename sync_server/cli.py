"""``mandrivna-server``: serve the sync API and manage devices from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS
from sync_server.backends import URL_VARIABLE, default_url, one_process_only, open_storage
from sync_server.storage_api import ROLES

DAY_MS = 24 * 3600 * 1000


def _now_ms() -> int:
    return int(dt.datetime.now(dt.UTC).timestamp() * 1000)


def _when(ms: int | None) -> str:
    if not ms:
        return "—"
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def clock_note(skew_ms: int | None) -> str:
    """The device's clock, when it is wrong enough to say so."""
    if skew_ms is None:
        return ""
    if skew_ms > DEFAULT_MAX_AHEAD_MS:
        return f", clock ahead {skew_ms // 60_000} min"
    if skew_ms < -DAY_MS:
        return f", clock behind {-skew_ms // DAY_MS} days"
    return ""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mandrivna-server", description="Mandrivna's central sync server."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--db",
            default=None,
            help="SQLAlchemy URL (default: MANDRIVNA_SERVER_DB or a SQLite file in "
            "the server's data folder), e.g. postgresql+psycopg://user@host/db",
        )
        return p

    serve = with_db(sub.add_parser("serve", help="run the sync API"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="server processes sharing the port (PostgreSQL only; default 1)",
    )
    enroll = with_db(sub.add_parser("enroll", help="add a device; prints a one-time code"))
    enroll.add_argument("--hub", required=True)
    enroll.add_argument("--role", choices=ROLES, default="librarian")
    enroll.add_argument(
        "--replaces",
        metavar="DEVICE",
        help="a device enrolled before (key or device id): the code may enroll it again, with "
        "a new key, and no other device; its log continues",
    )
    with_db(sub.add_parser("devices", help="list devices"))
    revoke = with_db(sub.add_parser("revoke", help="revoke a device (key or device id)"))
    revoke.add_argument("device")
    bundle = with_db(sub.add_parser("import-bundle", help="apply a USB bundle from a laptop"))
    bundle.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = args.db or default_url()
    if args.command == "serve" and args.workers != 1:
        if args.workers < 1:
            print("--workers must be 1 or more.", file=sys.stderr)
            return 2
        if one_process_only(url):
            print(
                "A SQLite database is served by one process: give --db a PostgreSQL database "
                "(postgresql+psycopg://USER@HOST/DATABASE) to run several workers.",
                file=sys.stderr,
            )
            return 2
    try:
        storage = open_storage(url)
    except ValueError as exc:
        print(f"No storage: {exc}.", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            import uvicorn

            if args.workers > 1:  # the tables are made; each worker opens its own storage
                storage.close()
                os.environ[URL_VARIABLE] = url
                uvicorn.run(
                    "sync_server.worker:create_worker_app",
                    factory=True,
                    workers=args.workers,
                    host=args.host,
                    port=args.port,
                    log_level="info",
                )
                return 0

            from sync_server.app import create_app

            uvicorn.run(create_app(storage), host=args.host, port=args.port, log_level="info")
            return 0
        if args.command == "enroll":
            try:
                key, code = storage.enroll(args.hub, args.role, _now_ms(), args.replaces)
            except LookupError:
                print(f"No device {args.replaces!r}.", file=sys.stderr)
                return 2
            again = ""
            if args.replaces:
                again = f" It may enroll only device {storage.device_id_of(args.replaces)} again."
            print(
                f"Device {key} for hub {args.hub!r} ({args.role}).{again} "
                "Enter this one-time code on the laptop (valid 14 days):"
            )
            print(code)
            return 0
        if args.command == "devices":
            print(
                f"{'key':<12} {'hub':<24} {'role':<12} {'enrolled':<17} {'last sync':<17} "
                f"{'held':>8} {'pending':>8}  state"
            )
            for d in storage.device_list():
                state = "revoked" if d.revoked_ms else ("enrolled" if d.device_id else "waiting")
                state += clock_note(d.clock_skew_ms)
                print(
                    f"{d.key:<12} {d.hub[:24]:<24} {d.role:<12} {_when(d.enrolled_ms):<17} "
                    f"{_when(d.last_sync_ms):<17} {d.held_seq:>8} {d.pending:>8}  {state}"
                )
            return 0
        if args.command == "revoke":
            if not storage.revoke(args.device, _now_ms()):
                print(f"No device {args.device!r}.", file=sys.stderr)
                return 2
            print(f"Device {args.device} revoked.")
            return 0
        if args.command == "import-bundle":
            from sync_server.bundle_import import BundleError, import_bundle

            try:
                held, stored = import_bundle(storage, args.file, _now_ms())
            except BundleError as exc:
                print(f"Bundle refused: {exc}.", file=sys.stderr)
                return 2
            print(f"Bundle applied: {stored} new changes; the server now holds up to {held}.")
            return 0
        raise AssertionError(args.command)
    finally:
        storage.close()


if __name__ == "__main__":
    sys.exit(main())
