"""The sources file: what a correct one gives, and how a wrong one is reported."""

from __future__ import annotations

import pytest

from etl.sources.config import SourcesFileError, load_sources


def test_a_sources_file_resolves_relative_paths_beside_itself(tmp_path):
    (tmp_path / "arts").mkdir()
    path = tmp_path / "sources.toml"
    path.write_text(
        '[fetch]\ntimeout = 3\nhost_delay = 0\n'
        '[[sources]]\nname = "local"\ntype = "folder"\nlocation = "arts"\n'
        '[[sources]]\nname = "wire"\ntype = "feed"\nlocation = "https://news.example.org/rss"\nlang = "ru"\n',
        encoding="utf-8")
    spec = load_sources(path)
    assert [(s.name, s.type) for s in spec.sources] == [("local", "folder"), ("wire", "feed")]
    assert spec.sources[0].location == str(tmp_path / "arts")
    assert spec.sources[1].lang == "ru" and spec.sources[1].is_remote
    assert spec.fetch.timeout == 3 and spec.fetch.host_delay == 0


def test_a_missing_file_says_how_to_create_one(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"sources.example.toml"):
        load_sources(tmp_path / "nope.toml")


@pytest.mark.parametrize(("body", "message"), [
    ('[[sources]]\nname = "a"\ntype = "ftp"\nlocation = "x"\n', "type must be one of"),
    ('[[sources]]\nname = "a"\ntype = "folder"\nlocation = "x"\n[[sources]]\nname = "a"\ntype = "folder"\nlocation = "y"\n', "used twice"),
    ('[[sources]]\nname = "a"\ntype = "feed"\nlocation = "news.example.org/rss"\n', "http"),
    ('[[sources]]\nname = "a"\ntype = "folder"\nlocation = "x"\nlang = "de"\n', "lang must be"),
    ('[fetch]\ntimout = 3\n[[sources]]\nname = "a"\ntype = "folder"\nlocation = "x"\n', "unknown \\[fetch\\]"),
    ('[[sources]\nname = ', "not valid TOML"),
    ('title = "nothing here"\n', "no \\[\\[sources\\]\\]"),
])
def test_mistakes_are_named(tmp_path, body, message):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourcesFileError, match=message):
        load_sources(path)


def test_the_example_file_is_valid(tmp_path):
    from etl.config import BUNDLED_DATA

    spec = load_sources(BUNDLED_DATA / "sources.example.toml")
    assert spec.sources[0].type == "folder"
    assert spec.sources[0].location == str(BUNDLED_DATA / "articles")
