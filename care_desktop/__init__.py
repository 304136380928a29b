"""CARE Desktop: offline-first case management for the CARE reintegration programme."""

__version__ = "0.1.0"
