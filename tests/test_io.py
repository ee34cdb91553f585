"""Finding and reading inputs (cleaner.io) and writing outputs (cleaner.output)."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from cleaner.errors import CleanerError, DecodeError, InputError
from cleaner.io import (
    STDIN,
    STDIN_NAME,
    JsonlFields,
    Page,
    Source,
    decode_bytes,
    find_sources,
    iter_pages,
    matches,
    parse_jsonl_line,
    read_page,
    walk_dir,
)
from cleaner.output import (
    AtomicFile,
    DirSink,
    JsonlFileSink,
    OutputError,
    StreamSink,
    error_record,
    json_line,
    output_conflict,
    output_name,
    render_text,
    write_atomic,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
PAGE = (
    "Skip to main content\n"
    "Harbour ferry returns to service after winter repairs\n"
    "\n"
    "The harbour ferry carried its first passengers of the year on Saturday morning, after a"
    " winter in dry dock during which engineers replaced the engines and the worn deck.\n"
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def names(sources: list[Source]) -> list[str]:
    return [source.name for source in sources]


# --- decode_bytes and read_page -------------------------------------------------------------


def test_decode_bytes_rejects_binary() -> None:
    with pytest.raises(DecodeError, match="PNG"):
        decode_bytes(PNG)


def test_decode_bytes_reads_utf16_with_bom() -> None:
    assert decode_bytes(PAGE.encode("utf-16")) == (PAGE, "utf-16")


def test_decode_error_is_a_cleaner_error() -> None:
    assert issubclass(DecodeError, CleanerError)
    assert issubclass(InputError, CleanerError)


def test_read_page_returns_bytes(tmp_path: Path) -> None:
    assert read_page(str(write(tmp_path / "a.txt", PAGE))) == PAGE.encode()


def test_read_page_empty_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        read_page(str(write(tmp_path / "a.txt", b"")))


def test_read_page_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_page(str(tmp_path / "missing.txt"))


# --- walking directories --------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    for rel in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.txt", "notes.md"]:
        write(root / rel, PAGE)
    write(root / ".hidden.txt", PAGE)
    write(root / ".cache/x.txt", PAGE)
    write(root / "feed.jsonl", json.dumps({"text": PAGE}) + "\n")
    return root


def test_walk_dir_sorted_depth_first(tree: Path) -> None:
    assert names(list(walk_dir(str(tree)))) == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
        "z/e.txt",
    ]


def test_walk_dir_paths_join_the_given_root(tree: Path) -> None:
    source = next(walk_dir(str(tree)))
    assert source == Source(os.path.join(str(tree), "a.txt"), "a.txt", False)


def test_walk_dir_skips_hidden_files_and_dirs(tree: Path) -> None:
    assert not any("hidden" in n or "cache" in n for n in names(list(walk_dir(str(tree)))))


def test_walk_dir_jsonl_only_when_the_glob_says_so(tree: Path) -> None:
    default = list(walk_dir(str(tree)))
    both = list(walk_dir(str(tree), ["*.txt", "*.jsonl"]))
    assert "feed.jsonl" not in names(default)
    assert [s.jsonl for s in both if s.name == "feed.jsonl"] == [True]


def test_walk_dir_glob_with_a_slash_matches_the_relative_path(tree: Path) -> None:
    assert names(list(walk_dir(str(tree), ["sub/*.txt"]))) == ["sub/c.txt", "sub/deeper/d.txt"]


def test_walk_dir_symlink_loop_ends(tree: Path) -> None:
    os.symlink(tree, tree / "sub" / "loop")
    os.symlink(tree / "sub", tree / "z" / "again")
    found = names(list(walk_dir(str(tree))))
    assert found == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.txt"]


def test_walk_dir_follows_a_symlink_to_an_outside_dir(tmp_path: Path, tree: Path) -> None:
    write(tmp_path / "elsewhere/f.txt", PAGE)
    os.symlink(tmp_path / "elsewhere", tree / "linked")
    assert "linked/f.txt" in names(list(walk_dir(str(tree))))


def test_walk_dir_broken_symlink_is_an_error(tree: Path) -> None:
    os.symlink(tree / "gone.txt", tree / "broken.txt")
    broken = [s for s in walk_dir(str(tree)) if s.name == "broken.txt"]
    assert broken[0].error == "broken symbolic link"


def test_walk_dir_excludes_the_output_dir(tree: Path) -> None:
    found = names(list(walk_dir(str(tree), exclude={os.path.realpath(tree / "sub")})))
    assert found == ["a.txt", "b.txt", "z/e.txt"]


@pytest.mark.parametrize(
    ("rel", "globs", "expected"),
    [
        ("a.txt", ["*.txt"], True),
        ("a.jsonl.gz", ["*.jsonl"], False),
        ("a.jsonl.gz", ["*.jsonl", "*.jsonl.gz"], True),
        ("x/y/a.txt", ["x/*"], True),
    ],
    ids=["name", "gz-needs-own-glob", "gz", "slash"],
)
def test_matches(rel: str, globs: list[str], expected: bool) -> None:
    assert matches(rel, globs) is expected


def test_find_sources_file_dir_and_stdin(tree: Path) -> None:
    notes = str(tree / "notes.md")
    found = list(find_sources([notes, str(tree / "sub"), STDIN], stdin_jsonl=True))
    assert found[0] == Source(notes, "notes.md", False)
    assert names(found[1:3]) == ["c.txt", "deeper/d.txt"]
    assert found[3] == Source(STDIN, STDIN_NAME, True)
    assert found[3].label == STDIN_NAME


def test_find_sources_missing_path_is_an_error(tmp_path: Path) -> None:
    (source,) = find_sources([str(tmp_path / "nope.txt")])
    assert source.error == "no such file or directory"


def test_find_sources_is_lazy(tmp_path: Path) -> None:
    sources = find_sources([str(tmp_path / "created-later")])
    write(tmp_path / "created-later", PAGE)
    assert next(sources).error is None


# --- pages ----------------------------------------------------------------------------------


def test_iter_pages_text_file_is_read_later(tree: Path) -> None:
    (page,) = iter_pages([Source(str(tree / "a.txt"), "a.txt", False)])
    assert page == Page("a.txt", str(tree / "a.txt"), "a.txt", False, path=str(tree / "a.txt"))


def test_iter_pages_stdin_text() -> None:
    (page,) = iter_pages([Source(STDIN, STDIN_NAME, False)], stdin=io.BytesIO(b"Hello"))
    assert (page.id, page.source, page.data, page.error) == (STDIN_NAME, STDIN_NAME, b"Hello", None)


def test_iter_pages_empty_stdin_is_an_error() -> None:
    (page,) = iter_pages([Source(STDIN, STDIN_NAME, False)], stdin=io.BytesIO(b""))
    assert page.error == "standard input is empty"


def test_iter_pages_source_error_becomes_an_error_page() -> None:
    (page,) = iter_pages([Source("d/x.txt", "x.txt", False, "broken symbolic link")])
    assert (page.id, page.source, page.error) == ("x.txt", "d/x.txt", "broken symbolic link")


def jsonl(*lines: object) -> bytes:
    return b"".join(
        (line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines
    )


def test_iter_pages_jsonl_lines(tmp_path: Path) -> None:
    data = jsonl({"text": "one"}, b"", {"text": "three"}, b"{oops", {"body": "x"})
    path = str(write(tmp_path / "feed.jsonl", data))
    pages = list(iter_pages([Source(path, "in/feed.jsonl", True)]))
    assert [p.id for p in pages] == [
        "in/feed.jsonl:1",
        "in/feed.jsonl:3",
        "in/feed.jsonl:4",
        "in/feed.jsonl:5",
    ]
    assert [p.source for p in pages] == [f"{path}:{n}" for n in (1, 3, 4, 5)]
    assert [p.data for p in pages] == ["one", "three", None, None]
    assert pages[2].error is not None and "not valid JSON" in pages[2].error
    assert pages[3].error is not None and '"text"' in pages[3].error


def test_iter_pages_jsonl_fields(tmp_path: Path) -> None:
    data = jsonl({"url": "https://a", "content": "A"}, {"url": 7, "content": "B"})
    path = str(write(tmp_path / "feed.jsonl", data))
    source = Source(path, "feed.jsonl", True)
    pages = list(iter_pages([source], text_field="content", id_field="url"))
    assert [(p.id, p.data) for p in pages] == [("https://a", "A"), ("7", "B")]


def test_iter_pages_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(jsonl({"text": "one"}, {"text": "two"}))
    pages = list(iter_pages([Source(str(path), "feed.jsonl.gz", True)]))
    assert [(p.id, p.data) for p in pages] == [
        ("feed.jsonl.gz:1", "one"),
        ("feed.jsonl.gz:2", "two"),
    ]


def test_iter_pages_corrupt_gz_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl.gz", gzip.compress(jsonl({"text": "one"}) * 50)[:40])
    pages = list(iter_pages([Source(str(path), "feed.jsonl.gz", True)]))
    assert pages[-1].error is not None and "cannot read" in pages[-1].error


def test_iter_pages_jsonl_from_stdin() -> None:
    stdin = io.BytesIO(jsonl({"text": "one"}, [1]))
    pages = list(iter_pages([Source(STDIN, STDIN_NAME, True)], stdin=stdin))
    assert [p.id for p in pages] == [f"{STDIN_NAME}:1", f"{STDIN_NAME}:2"]
    assert pages[1].error is not None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "holds an array"),
        (b'"text"', "holds a string"),
        (b'{"title": "x"}', 'no "text" field'),
        (b'{"text": 5}', '"text" field is a number'),
        (b'{"text": null}', '"text" field is null'),
        (b'{"text": "x"}', 'no "url" field'),
        (b'{"text": "x", "url": true}', '"url" field is a boolean'),
        (b'{"text": "x", "url": ["a"]}', '"url" field is an array'),
        (PNG, "not text"),
    ],
    ids=["not-json", "array", "string", "no-text", "number", "null", "no-id", "bool-id",
         "list-id", "binary"],
)  # fmt: skip
def test_parse_jsonl_line_errors(line: bytes, message: str) -> None:
    fields = JsonlFields(text="text", id="url")
    page = parse_jsonl_line(line, 3, Source("d/f.jsonl", "f.jsonl", True), fields)
    assert (page.id, page.source, page.data) == ("f.jsonl:3", "d/f.jsonl:3", None)
    assert page.error is not None and message in page.error


def test_parse_jsonl_line_utf8_bom_and_unicode() -> None:
    line = b"\xef\xbb\xbf" + json.dumps({"text": "Zürich – café"}, ensure_ascii=False).encode()
    page = parse_jsonl_line(line, 1, Source("f.jsonl", "f.jsonl", True))
    assert page.data == "Zürich – café"


# --- output ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "jsonl", "fmt", "expected"),
    [
        ("a.txt", False, "json", "a.json"),
        ("a.txt", False, "text", "a.txt"),
        ("2024/05/story.html", False, "text", "2024/05/story.txt"),
        ("README", False, "json", "README.json"),
        ("v1.2/page", False, "json", "v1.2/page.json"),
        ("feed.jsonl", True, "json", "feed.jsonl"),
        ("feed.jsonl.gz", True, "text", "feed.jsonl"),
        (STDIN_NAME, False, "json", "stdin.json"),
        (STDIN_NAME, True, "json", "stdin.jsonl"),
    ],
    ids=["json", "text", "nested", "no-suffix", "dot-in-dir", "jsonl", "jsonl-gz", "stdin",
         "stdin-jsonl"],
)  # fmt: skip
def test_output_name(name: str, jsonl: bool, fmt: str, expected: str) -> None:
    assert output_name(name, jsonl, fmt) == expected  # type: ignore[arg-type]


def test_render_text_skips_missing_parts() -> None:
    assert render_text({"headline": None, "bullets": [], "body": ["P1.", "P2."]}) == "P1.\n\nP2.\n"
    assert render_text({"headline": None, "bullets": [], "body": []}) == ""


def test_error_record_and_json_line() -> None:
    record = error_record("a.txt", "in/a.txt", "the file is empty")
    assert record == {
        "schema": 1,
        "id": "a.txt",
        "source": "in/a.txt",
        "error": "the file is empty",
    }
    assert json_line({"t": "é"}) == '{"t": "é"}\n'.encode()


def hidden_files(root: Path) -> list[Path]:
    return list(root.rglob(".*"))


def test_atomic_file_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.jsonl"
    out = AtomicFile(target)
    out.write(b"line\n")
    assert not target.exists()
    out.commit()
    assert target.read_bytes() == b"line\n"
    assert hidden_files(tmp_path) == []


def test_atomic_file_discard_keeps_the_old_file(tmp_path: Path) -> None:
    target = write(tmp_path / "a.json", "old")
    out = AtomicFile(target)
    out.write(b"new")
    out.discard()
    assert target.read_text() == "old"
    assert hidden_files(tmp_path) == []


def test_write_atomic_replaces(tmp_path: Path) -> None:
    target = write(tmp_path / "a.json", "old")
    write_atomic(target, b"new")
    assert target.read_text() == "new"
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


RECORD = {"schema": 1, "id": "a.txt", "headline": "H", "bullets": ["B"], "body": ["P."]}


def test_stream_sink_writes_json_lines() -> None:
    stream = io.BytesIO()
    sink = StreamSink(stream)
    sink.write(RECORD, name="a.txt", jsonl=False, path="a.txt", failed=False)
    sink.close()
    assert json.loads(stream.getvalue()) == RECORD


def test_jsonl_file_sink(tmp_path: Path) -> None:
    sink = JsonlFileSink(tmp_path / "all.jsonl")
    sink.write(RECORD, name="a.txt", jsonl=False, path="a.txt", failed=False)
    assert not (tmp_path / "all.jsonl").exists()
    sink.close()
    assert (tmp_path / "all.jsonl").read_text().count("\n") == 1


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_dir_sink_mirrors_and_sends_errors_to_the_stream(tmp_path: Path, fmt: str) -> None:
    errors = io.BytesIO()
    sink = DirSink(tmp_path / "out", fmt, errors)  # type: ignore[arg-type]
    sink.write(RECORD, name="x/a.txt", jsonl=False, path=None, failed=False)
    failed = error_record("b.txt", "b.txt", "the file is empty")
    sink.write(failed, name="b.txt", jsonl=False, path=None, failed=True)
    for n in (1, 2):
        sink.write({**RECORD, "id": f"f:{n}"}, name="f.jsonl", jsonl=True, path=None, failed=False)
    sink.close()
    out = tmp_path / "out"
    if fmt == "json":
        assert json.loads((out / "x/a.json").read_text()) == RECORD
    else:
        assert (out / "x/a.txt").read_text() == "H\n\n• B\n\nP.\n"
    assert not (out / "b.json").exists() and not (out / "b.txt").exists()
    assert json.loads(errors.getvalue()) == failed
    lines = (out / "f.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["f:1", "f:2"]
    assert hidden_files(tmp_path) == []


def test_dir_sink_refuses_the_same_output_twice(tmp_path: Path) -> None:
    sink = DirSink(tmp_path, "json", io.BytesIO())
    sink.write(RECORD, name="a.txt", jsonl=False, path=None, failed=False)
    with pytest.raises(OutputError, match="already written"):
        sink.write(RECORD, name="a.txt", jsonl=False, path=None, failed=False)


def test_dir_sink_never_overwrites_its_input(tmp_path: Path) -> None:
    page = write(tmp_path / "a.txt", PAGE)
    sink = DirSink(tmp_path, "text", io.BytesIO())
    with pytest.raises(OutputError, match="overwrite the input"):
        sink.write(RECORD, name="a.txt", jsonl=False, path=str(page), failed=False)
    assert page.read_text() == PAGE


def test_dir_sink_discard_drops_a_partial_jsonl(tmp_path: Path) -> None:
    sink = DirSink(tmp_path / "out", "json", io.BytesIO())
    sink.write(RECORD, name="f.jsonl", jsonl=True, path=None, failed=False)
    sink.discard()
    assert not (tmp_path / "out" / "f.jsonl").exists()
    assert hidden_files(tmp_path) == []


def test_output_conflict(tree: Path) -> None:
    a = str(tree / "a.txt")
    assert output_conflict(str(tree), [str(tree)], "json", ["*.txt"]) is not None
    assert output_conflict(str(tree), [a], "text", ["*.txt"]) is not None
    assert output_conflict(str(tree), [a], "json", ["*.txt"]) is None
    assert output_conflict(str(tree / "out"), [str(tree)], "text", ["*.txt"]) is None
    assert (
        output_conflict(str(tree / "feed.jsonl"), [str(tree / "feed.jsonl")], "json", [])
        is not None
    )
    inside = str(tree / "all.jsonl")
    assert output_conflict(inside, [str(tree)], "json", ["*.jsonl"]) is not None
    assert output_conflict(inside, [str(tree)], "json", ["*.txt"]) is None
    assert output_conflict(inside, [STDIN], "json", ["*.jsonl"]) is None
