"""The `care` command line (../shared/CLI.md): the same services as the application."""

from care_desktop.cli.main import main

__all__ = ["main"]
