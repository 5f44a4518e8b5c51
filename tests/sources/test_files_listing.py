"""Which files in a folder are articles."""

from __future__ import annotations

from etl.sources.files import iter_paths


def test_a_folder_lists_articles_but_not_gold_files_readmes_or_hidden_files(tmp_path):
    for name in ("a.txt", "a.meta.json", "a.gold.jsonl", "README.md", ".draft.txt", "b.md", "c.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sorted(p.name for p in iter_paths([tmp_path])) == ["a.txt", "b.md", "c.jsonl"]


def test_a_file_named_on_the_command_line_is_always_read(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# notes", encoding="utf-8")
    assert list(iter_paths([readme])) == [readme]
