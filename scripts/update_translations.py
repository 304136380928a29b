"""Bring the Qt `.ts` catalogues in line with the strings the code marks for translation.

Marked strings are: calls `tr(CONTEXT, "text")`, `translate(...)` and `Msg(...)` whose context is
a string literal or a module-level string constant, and the `template` of every error class. New
strings are added as unfinished; strings no longer in the code are marked obsolete; existing
translations are kept. Usage: python scripts/update_translations.py [--check]
(--check changes nothing and exits 1 if a catalogue is out of date).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "care_desktop"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}
ERROR_CONTEXT = "errors"


def _literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }


def _imported_constants(tree: ast.Module) -> dict[str, str]:
    """String constants imported with `from care_desktop.x import NAME`."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("care_desktop"):
            module = ROOT / Path(*(node.module or "").split("."))
            source = module.with_suffix(".py") if module.with_suffix(".py").is_file() else None
            if source is None and (module / "__init__.py").is_file():
                source = module / "__init__.py"
            if source is None:
                continue
            constants = _module_constants(ast.parse(source.read_text(encoding="utf-8")))
            for alias in node.names:
                if alias.name in constants:
                    found[alias.asname or alias.name] = constants[alias.name]
    return found


def extract_file(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, "file:line") of every marked string in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    constants = _imported_constants(tree) | _module_constants(tree)
    found: list[tuple[str, str, str]] = []
    where = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            if name in {"tr", "translate", "Msg"}:
                context = _literal(node.args[0], constants)
                source = _literal(node.args[1], constants)
                if context is not None and source is not None:
                    found.append((context, source, f"{where}:{node.lineno}"))
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if (
                    isinstance(statement, ast.AnnAssign | ast.Assign)
                    and statement.value is not None
                ):
                    targets = (
                        [statement.target]
                        if isinstance(statement, ast.AnnAssign)
                        else statement.targets
                    )
                    names = {t.id for t in targets if isinstance(t, ast.Name)}
                    value = _literal(statement.value, constants)
                    if "template" in names and value is not None:
                        found.append((ERROR_CONTEXT, value, f"{where}:{statement.lineno}"))
    return found


def extract_declarations(path: Path) -> list[tuple[str, str, str]]:  # noqa: PLR0912
    """Labels of the record declarations: F(name, kind, label) → "fields"; code lists given as
    (code, label[, htcds]) tuples → "codes"; Code(value, label) → "codes"; Setting → "settings"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT).as_posix()
    found: list[tuple[str, str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name == "F" and len(node.args) >= 3:
            label = _literal(node.args[2], {})
            if label is not None:
                found.append(("fields", label, f"{where}:{node.lineno}"))
        elif name == "RecordSpec" and len(node.args) >= 3:
            label = _literal(node.args[2], {})
            if label is not None:
                found.append(("records", label, f"{where}:{node.lineno}"))
        elif name == "Code" and len(node.args) >= 2:
            label = _literal(node.args[1], {})
            if label is not None:
                found.append(("codes", label, f"{where}:{node.lineno}"))
        elif name == "Setting" and len(node.args) >= 3:
            label = _literal(node.args[2], {})
            if label is not None:
                found.append(("settings", label, f"{where}:{node.lineno}"))
        elif name == "_care":
            for argument in node.args[1:]:
                if isinstance(argument, ast.Tuple) and len(argument.elts) >= 2:
                    label = _literal(argument.elts[1], {})
                    if label is not None:
                        found.append(("codes", label, f"{where}:{node.lineno}"))
    return found


def extract_picklists() -> list[tuple[str, str, str]]:
    """The labels of the HTCDS picklists (domain/htcds_data.py), shown as code labels."""
    path = PACKAGE / "domain" / "htcds_data.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix()
    return [
        ("codes", node.elts[1].value, f"{where}:{node.lineno}")
        for node in ast.walk(tree)
        if isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
        and isinstance(node.elts[1], ast.Constant)
    ]


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_survey() -> list[tuple[str, str, str]]:
    """The survey's questions and answers (domain/rss_data.py), shown in the "rss" context:
    (code, dimension, question, answers) rows, (code, label, score) answers, NO_ANSWER_LABEL."""
    path = PACKAGE / "domain" / "rss_data.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix()
    found: list[tuple[str, str, str]] = []
    for node in ast.walk(tree):
        text = None
        if isinstance(node, ast.Tuple):
            parts = node.elts
            if len(parts) == 4 and isinstance(parts[3], ast.Tuple | ast.Name):
                text = _string(parts[2])  # a question
            elif (
                len(parts) == 3
                and isinstance(parts[2], ast.Constant)
                and isinstance(parts[2].value, float)
            ):
                text = _string(parts[1])  # an answer and its score
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "NO_ANSWER_LABEL"
            for target in node.targets
        ):
            text = _string(node.value)
        if text is not None:
            found.append(("rss", text, f"{where}:{node.lineno}"))
    return found


DECLARATIONS = ("domain/records.py", "domain/codes.py", "domain/settings.py")


def extract() -> dict[tuple[str, str], list[str]]:
    messages: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for context, source, where in extract_file(path):
            messages.setdefault((context, source), []).append(where)
    for relative in DECLARATIONS:
        for context, source, where in extract_declarations(PACKAGE / relative):
            messages.setdefault((context, source), []).append(where)
    for context, source, where in extract_picklists() + extract_survey():
        messages.setdefault((context, source), []).append(where)
    return messages


def read_catalogue(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type) of an existing catalogue."""
    if not path.is_file():
        return {}
    tree = ET.parse(path)  # noqa: S314 - our own file
    result: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            result[(name, message.findtext("source", default=""))] = (text, kind)
    return result


def render(language: str, messages: dict[tuple[str, str], list[str]], old: dict) -> str:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    contexts = sorted({context for context, _ in messages} | {c for c, _ in old})
    for context_name in contexts:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        sources = sorted(
            {s for c, s in messages if c == context_name} | {s for c, s in old if c == context_name}
        )
        for source in sources:
            key = (context_name, source)
            text, kind = old.get(key, ("", "unfinished"))
            if key not in messages:
                if not text:
                    continue  # never translated and gone: nothing worth keeping
                kind = "obsolete"
            elif kind == "obsolete":
                kind = "unfinished"
            message = ET.SubElement(context, "message")
            # files only: line numbers would change the catalogues at every edit
            for file in sorted({where.rsplit(":", 1)[0] for where in messages.get(key, [])}):
                ET.SubElement(message, "location", filename=f"../../{file}")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if kind:
                translation.set("type", kind)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    messages = extract()
    stale = []
    for language in LANGUAGES:
        path = CATALOGUES / f"care_{language}.ts"
        text = render(language, messages, read_catalogue(path))
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if text != current:
            stale.append(path.name)
            if not check:
                path.write_text(text, encoding="utf-8")
    if stale:
        print(("out of date: " if check else "updated: ") + ", ".join(stale))
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
