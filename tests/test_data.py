"""Data files load, ids are unique, every actor has both scripts, the gazetteer is large enough."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.data import DATA_DIR, load_data, respelled
from generator.errors import DataError


def test_every_yaml_file_parses() -> None:
    for path in DATA_DIR.rglob("*.yaml"):
        assert yaml.safe_load(path.read_text(encoding="utf-8")) is not None, path


def test_gazetteers_cover_the_field(data) -> None:
    assert len(data.actors) >= 60
    assert len(data.places) >= 40
    assert len(data.outlets) >= 20
    for actor in data.actors.values():
        assert actor.name["fr"] and actor.name["ar"] and actor.name["en"], actor.id
        assert any("\u0600" <= c <= "\u06ff" for c in actor.name["ar"]), actor.id


def _copy_data(tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_actor_without_arabic_name_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    path = data_dir / "actors.yaml"
    path.write_text("actors:\n  - id: someone\n    name: {en: Some One, fr: Some One}\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_data(data_dir)
    assert 'actor "someone" has no ar name' in str(err.value)
    assert "actors.yaml:2" in str(err.value)


def test_duplicate_ids_are_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    one = "  - id: x\n    name: {en: A B, fr: A B, ar: ا ب}\n"
    (data_dir / "actors.yaml").write_text(
        "actors:\n" + one + one.replace("A B", "C D").replace("ا ب", "ج د"), encoding="utf-8"
    )
    with pytest.raises(DataError, match="used twice"):
        load_data(data_dir)


def test_a_spelling_two_actors_would_share_is_left_out_and_written_names_win() -> None:
    aliases = {"khaled bin x": "a", "khalid bin x": "b", "mohammed y": "c"}
    made = respelled(aliases, [["khaled", "khalid"], ["ben", "bin"], ["mohammed", "mohamed"]])
    assert made == {**aliases, "mohamed y": "c"}  # "khaled ben x" and "khalid ben x" would be both's


def test_a_spelling_that_is_not_one_folded_word_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    (data_dir / "common" / "spellings.yaml").write_text(
        "name_spellings:\n  - [abdel-aziz, abdulaziz]\n", encoding="utf-8"
    )
    with pytest.raises(DataError, match="abdel-aziz"):
        load_data(data_dir)


def test_broken_yaml_is_a_data_error_with_its_file_and_line(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    (data_dir / "places.yaml").write_text("places:\n  - id: x\n    name: {en: X, fr: X, ar: س\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_data(data_dir)
    finding = caught.value.finding
    assert finding.path.endswith("places.yaml") and finding.line == 4
    assert "invalid YAML" in finding.problem


def test_shared_alias_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    text = "actors:\n  - id: a\n    name: {en: Same Name, fr: Same Name, ar: ا ب}\n  - id: b\n    name: {en: Other, fr: Same Name, ar: ج د}\n"
    (data_dir / "actors.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="shares the form"):
        load_data(data_dir)


def test_a_domain_two_outlets_list_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    path = data_dir / "outlets.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n  - id: copycat\n    name: Copycat\n    names: {en: Copycat, fr: Copycat, ar: كوبيكات}\n    domains: [sana.sy]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=re.escape('domain "sana.sy" is listed by outlets "sana" and "copycat"')) as err:
        load_data(data_dir)
    assert "outlets.yaml:" in str(err.value)


def test_possessive_group_repeat_is_a_data_error(tmp_path: Path) -> None:
    # "(?:…)*+" gives other matches on Python 3.11.2 (Debian 12) than on 3.11.7: refused on every Python.
    data_dir = _copy_data(tmp_path)
    path = data_dir / "common" / "boilerplate.yaml"
    text = path.read_text(encoding="utf-8")
    bad = "(?=[^c]*+(?:c(?!opyright)[^c]*+)*+copyright).*"
    good = "  - '(?=[^c]*+(?:c(?!opyright\\s)[^c]*+)*copyright\\s)"
    path.write_text(text.replace(good, f"  - '{bad}'\n{good}", 1), encoding="utf-8")
    assert bad in path.read_text(encoding="utf-8")
    with pytest.raises(DataError, match=r"repeats a group possessively") as err:
        load_data(data_dir)
    assert "boilerplate.yaml" in str(err.value)


def test_sharing_a_name_no_other_actor_has_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    path = data_dir / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    shares: [Jaafari, الجعفري]\n" in text
    path.write_text(text.replace("    shares: [Jaafari, الجعفري]\n", "    shares: [Nobody Else]\n"), encoding="utf-8")
    with pytest.raises(DataError, match="which no other actor goes by") as err:
        load_data(data_dir)
    assert "actors.yaml" in str(err.value)


def test_a_surname_another_actor_goes_by_is_a_data_error(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    path = data_dir / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    surnames: [Williams, وليامز, ويليامز, ويليامس, وليامس]\n" in text
    path.write_text(
        text.replace("    surnames: [Williams, وليامز, ويليامز, ويليامس, وليامس]\n", "    surnames: [Lavrov]\n"),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match='surname "Lavrov", which "sergei-lavrov" goes by') as err:
        load_data(data_dir)
    assert "actors.yaml" in str(err.value)
