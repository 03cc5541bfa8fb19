"""The error tree, bilingual messages, and the gettext catalog."""

from __future__ import annotations

import importlib.util
import pickle
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import kiplib
from kiplib import errors
from kiplib.i18n import gettext, normalize_language

ROOT = Path(__file__).resolve().parent.parent


def _all_errors() -> list[type[errors.KiplibError]]:
    found: list[type[errors.KiplibError]] = []
    todo: list[type[errors.KiplibError]] = [errors.KiplibError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_has_a_unique_code_and_a_builtin_parent() -> None:
    classes = _all_errors()
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    for cls in classes[1:]:
        assert issubclass(cls, ValueError | LookupError | ImportError), cls


def test_every_error_is_in_the_documented_tree() -> None:
    doc = errors.__doc__ or ""
    for cls in _all_errors():
        if cls.__module__ == "kiplib.errors":
            assert cls.__name__ in doc, cls
            assert cls.code in doc, cls


def test_naive_datetime() -> None:
    with pytest.raises(errors.NaiveDatetimeError) as err:
        kiplib.deadline(kiplib.Step.NOTICE, datetime(2024, 4, 5, 9, 0))
    assert err.value.params == {"field": "start", "value": "2024-04-05 09:00:00"}
    assert "zona waktu" in str(err.value)
    assert "time zone" in err.value.message("en")


def test_before_the_law() -> None:
    with pytest.raises(errors.BeforeLawInForceError) as err:
        kiplib.deadline(kiplib.Step.NOTICE, date(2010, 4, 29))
    assert err.value.params["value"] == "2010-04-29"
    assert "2010-04-30" in err.value.message("en")
    assert isinstance(err.value, ValueError)
    # First day in force: Friday 30 April 2010; Kenaikan Isa Almasih on Thursday 13 May 2010.
    assert kiplib.deadline(kiplib.Step.NOTICE, date(2010, 4, 30)).due == date(2010, 5, 17)


def test_unknown_timezone() -> None:
    with pytest.raises(errors.UnknownTimezoneError) as err:
        kiplib.PublicBody(name="X", timezone="Asia/Atlantis")
    assert err.value.params == {"field": "timezone", "value": "'Asia/Atlantis'"}


def test_unknown_step_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        kiplib.deadline("appeal", date(2024, 4, 5))


def test_errors_pickle() -> None:
    err = errors.OutOfRangeError(field="n", value="x", first="a", last="b")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is errors.OutOfRangeError
    assert again.params == err.params
    problem = errors.Problem("$.start", "invalid", "{detail}", {"detail": "x"})
    bundle = errors.ValidationError(field="record", problems=[problem])
    assert pickle.loads(pickle.dumps(bundle)).problems == (problem,)


def test_validation_error_lists_every_problem() -> None:
    problems = [
        errors.Problem("harm_analysis", "empty", "tidak boleh kosong"),
        errors.Problem("grounds[0]", "unknown", "tidak dikenal"),
    ]
    err = errors.ValidationError(field="record", problems=problems)
    text = str(err)
    assert "2 masalah" in text
    assert "- harm_analysis: tidak boleh kosong" in text


def test_language_is_an_argument_never_the_os_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert gettext("hari kerja") == "hari kerja"
    assert gettext("hari kerja", "en") == "working days"


def test_language_tags() -> None:
    assert normalize_language("EN-us") == "en"
    assert normalize_language("id_ID.UTF-8") == "id"
    with pytest.raises(errors.UnsupportedLanguageError):
        normalize_language("jv")


def test_catalog_is_complete_and_compiled() -> None:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "tools" / "catalogs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalogs"] = module
    spec.loader.exec_module(module)
    assert module.problems() == []


def test_counted_messages_have_their_english_plural() -> None:
    """ "1 problem", "2 problems": a message marked with NP_ takes the English form of its
    count; Bahasa Indonesia keeps one form."""
    one = errors.ValidationError(
        field="x", problems=[errors.Problem("$", "c", "alasan {x}", {"x": 1})]
    )
    two = errors.ValidationError(
        field="x",
        problems=[errors.Problem("$", "c", "alasan", {}), errors.Problem("$", "d", "alasan", {})],
    )
    assert "(1 problem):" in one.message("en") and "(2 problems):" in two.message("en")
    assert "(1 masalah):" in one.message("id") and "(2 masalah):" in two.message("id")


def test_texts_stored_by_earlier_versions_still_read_in_english() -> None:
    from kiplib._earlier_texts import EARLIER_TEXTS

    for text in EARLIER_TEXTS:
        assert gettext(text, "en") != text, text
