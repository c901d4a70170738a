"""Every indicator has a short name for a chart's axis, translated, and short in both languages."""

from __future__ import annotations

from mandrivna.core.indicator_short_names import CONTEXT, SHORT_NAMES
from mandrivna.core.indicators import BY_CODE
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

MOST = 22  # characters an axis label of a half-width chart holds at 1366 pixels


def test_every_indicator_has_a_short_name_shorter_than_its_own():
    assert set(SHORT_NAMES) == set(BY_CODE)
    for code, short in SHORT_NAMES.items():
        assert 0 < len(short) <= MOST, short
        assert len(short) <= len(BY_CODE[code].name), short


def test_the_short_names_are_translated_to_ukrainian_and_stay_short():
    ukrainian = TextCatalog(translation_sources(), "uk")
    names = {code: ukrainian.translate(CONTEXT, short) for code, short in SHORT_NAMES.items()}
    for code, name in names.items():
        assert name != SHORT_NAMES[code], code
        assert len(name) <= MOST, name
    assert len(set(names.values())) == len(names)  # no two rows of a chart read alike
    assert names["visits.non_stationary"] == "Нестаціонарні"
