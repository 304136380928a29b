"""Qt translations from the project's `.ts` catalogues, plus Qt's own for its standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from care_desktop import i18n


class CatalogueTranslator(QTranslator):
    """Answers Qt's translate() calls from care_desktop.i18n, the catalogue the CLI uses too."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None becomes a null QString, which lets Qt fall back to the next translator or the
        # source text; "" would be taken as an (empty) translation.
        return i18n.catalogue(self.language).get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not i18n.catalogue(self.language)


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Make `language` the language of the interface and of messages from lower layers."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    ours = CatalogueTranslator(language)
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", folder):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
