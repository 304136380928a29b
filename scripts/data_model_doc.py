"""Write docs/data-model.md from the record declarations (domain/records.py, domain/codes.py).

The prose part is docs/data-model.intro.md; the tables are generated so they cannot drift from
the code. Usage: python scripts/data_model_doc.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from care_desktop.domain import codes as c  # noqa: E402
from care_desktop.domain.records import ALL_RECORDS  # noqa: E402
from care_desktop.domain.schema import FieldSpec, Kind  # noqa: E402

OUT = ROOT / "docs" / "data-model.md"
INTRO = ROOT / "docs" / "data-model.intro.md"


def _type(field: FieldSpec) -> str:
    if field.kind in (Kind.CODE, Kind.CODES) and field.codes is not None:
        many = "codes" if field.kind is Kind.CODES else "code"
        return f"{many} ([{field.codes.name}](#list-{field.codes.name}))"
    if field.kind is Kind.REF:
        return f"ref → {field.ref}"
    if field.kind is Kind.INT and (field.minimum is not None or field.maximum is not None):
        return f"int {field.minimum}–{field.maximum}"
    return field.kind.value


def render() -> str:
    lines = [INTRO.read_text(encoding="utf-8").rstrip(), "", "## Record types", ""]
    for spec in ALL_RECORDS:
        scope = "one per case" if spec.one_per_case else ("per case" if spec.case_scoped else "")
        lines += [
            f"### {spec.label} (`{spec.name}`)",
            "",
            f"Table and export key `{spec.table}`" + (f"; {scope}." if scope else "."),
            "",
            "| field | type | required | sensitivity | derived | HTCDS |",
            "|---|---|---|---|---|---|",
            "| `id` | UUID made on the device | yes | | | |",
        ]
        for field in spec.fields:
            lines.append(
                f"| `{field.name}` ({field.label}) | {_type(field)} | "
                f"{'yes' if field.required else ''} | "
                f"{'' if field.sensitivity == 'normal' else field.sensitivity.value} | "
                f"{'yes' if field.derived else ''} | {field.htcds or ''} |"
            )
        lines.append("")
    lines += ["## Code lists", ""]
    for code_list in c.ALL_LISTS.values():
        source = f" (HTCDS `{code_list.htcds_field}`)" if code_list.htcds_field else ""
        lines += [f'<a id="list-{code_list.name}"></a>', f"### {code_list.name}{source}", ""]
        lines += ["| code | label | HTCDS value |", "|---|---|---|"]
        lines += [f"| `{code.value}` | {code.label} | {code.htcds or ''} |" for code in code_list]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("docs/data-model.md is out of date: run scripts/data_model_doc.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
