"""Fill translations into a `.ts` catalogue from a Python mapping (for translators' batches).

Usage: python scripts/fill_translations.py LANGUAGE MAPPING.py
MAPPING.py defines TRANSLATIONS = {(context, source): translation}; entries are marked finished.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(language: str, mapping_file: str) -> int:
    mapping = runpy.run_path(mapping_file)["TRANSLATIONS"]
    path = ROOT / "resources" / "translations" / f"care_{language}.ts"
    tree = ET.parse(path)  # noqa: S314 - our own file
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""))
            translation = message.find("translation")
            if key in mapping and translation is not None:
                translation.text = mapping[key]
                translation.attrib.pop("type", None)
                filled += 1
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{filled} of {len(mapping)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
