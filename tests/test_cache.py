"""The user cache's file replacement: the new file is written and its older siblings removed."""

from __future__ import annotations

from pathlib import Path

from newsweave.cache import replace_cached


def test_a_new_cache_file_replaces_its_family_and_leaves_others(tmp_path: Path) -> None:
    (tmp_path / "table-old.json").write_text("{}", encoding="utf-8")
    (tmp_path / "other-old.json").write_text("{}", encoding="utf-8")
    new = tmp_path / "table-new.json"
    replace_cached(new, lambda p: p.write_text('{"a": 1}', encoding="utf-8"), "table-*.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-old.json", "table-new.json"]


def test_a_cache_that_cannot_be_written_is_skipped_without_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    replace_cached(blocker / "table.json", lambda p: p.write_text("{}", encoding="utf-8"), "table-*.json")
    assert not (blocker / "table.json").exists()
