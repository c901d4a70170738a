"""Keys from a passphrase: stable, salted, normalised, checked without touching a database."""

import pytest

from mandrivna.core.database_key import (
    KEY_BYTES,
    SALT_BYTES,
    check_new_passphrase,
    derive_key,
    new_salt,
)
from mandrivna.core.errors import ValidationError

SALT = bytes(range(SALT_BYTES))


def test_the_same_passphrase_and_salt_give_the_same_key_in_every_process():
    first = derive_key("коробка з книжками", SALT)
    derive_key.cache_clear()  # as a new process would
    again = derive_key("коробка з книжками", SALT)
    assert first == again and first is not again
    assert len(first.raw) == KEY_BYTES and first.salt == SALT
    assert first.sqlcipher_literal() == f"x'{first.raw.hex()}{SALT.hex()}'"


def test_another_salt_or_passphrase_gives_another_key():
    key = derive_key("коробка з книжками", SALT)
    assert derive_key("коробка з книжками", new_salt()).raw != key.raw
    assert derive_key("коробка з книжкамі", SALT).raw != key.raw
    assert derive_key("коробка з книжками", SALT, iterations=1000).raw != key.raw


def test_a_letter_typed_as_two_code_points_gives_the_same_key():
    composed = "Київ2026"  # ї as one code point
    decomposed = "Киі\u0308в2026"  # і followed by a combining diaeresis
    assert composed != decomposed
    assert derive_key(composed, SALT) == derive_key(decomposed, SALT)


def test_the_check_value_tells_keys_apart_and_hides_the_key():
    key = derive_key("коробка з книжками", SALT)
    other = derive_key("інша фраза!", SALT)
    assert key.check_value() != other.check_value()
    assert key.raw.hex() not in key.check_value()
    assert key.raw.hex() not in repr(key)


def test_new_passphrases_must_be_long_enough_and_typed_twice_alike():
    check_new_passphrase("вісім літ", "вісім літ")
    with pytest.raises(ValidationError, match="at least 8"):
        check_new_passphrase("коротко", "коротко")
    with pytest.raises(ValidationError, match="not the same"):
        check_new_passphrase("довга фраза", "довга фраза ")
