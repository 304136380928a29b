"""A bundle's payload is laid out a write at a time (bundle.Encoded) yet reads back as the very
JSON text of the whole document encoded at once: compact, sorted keys, UTF-8."""

from __future__ import annotations

import json
import zlib

from care_desktop.sync import bundle


def test_encoded_writes_give_the_text_of_the_whole_document() -> None:
    writes = [
        ["dev-1", n, f"2026-12-07T10:00:00.{n:06d}Z", None, "case", f"id-{n}",
         {"name": "Ọlá Ñúñez 王小明", "z": [1, 2], "a": {"y": True, "b": None}}, {}, [], []]
        for n in range(1, 1_500)
    ]  # fmt: skip
    document = {"writes": writes, "seq": 3, "attachments": [], "vector": {"dev-1": 1_499}}
    streamed = {**document, "writes": bundle.Encoded([bundle.encode(w) for w in writes])}
    text = zlib.decompress(bundle._deflate(streamed), wbits=16 + zlib.MAX_WBITS).decode("utf-8")
    whole = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert text == whole
    assert bundle.strict_json(text.encode("utf-8")) == document
    empty = {**document, "writes": bundle.Encoded([])}
    inflated = zlib.decompress(bundle._deflate(empty), wbits=16 + zlib.MAX_WBITS)
    assert json.loads(inflated)["writes"] == []
