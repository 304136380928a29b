"""Bundles: export what a peer lacks, import (verify, decrypt, merge), inspect, quarantine.

A rejected bundle changes nothing on this device, not even the audit log. A bundle that cannot
be applied yet (unknown or revoked sender, newer data model) is kept as it came, in the
`quarantine/` folder next to the database: it is encrypted to this device and signed, so it
reveals nothing there, and it is tried again after every import (it may have become acceptable:
a roster arrived, the application was upgraded). Writes that cannot be applied yet inside an
accepted bundle (outside the sender's scope, waiting for the record they belong to) wait in the
database's quarantine table with their reason.

This module is the one public face; the work is done in bundle_reasons (why refused, why
waiting), bundle_files, bundle_holdings (what each peer holds, what is in flight), bundle_scope,
bundle_export, bundle_parse, bundle_merge, bundle_import and bundle_quarantine.
"""

from __future__ import annotations

from care_desktop.services.bundle_export import (
    OFFICE_ONLY,
    ExportSummary,
    export_bundle,
    export_if_needed,
)
from care_desktop.services.bundle_files import (
    peek,
    write_private,
)
from care_desktop.services.bundle_holdings import (
    INFLIGHT_DAYS,
    PeerSync,
    forget_in_flight,
    sync_status,
    unacknowledged,
)
from care_desktop.services.bundle_import import (
    ImportSummary,
    Inspection,
    flag_duplicates_of,
    import_bundle,
    inspect_bundle,
    retry_quarantine,
)
from care_desktop.services.bundle_import import (
    open_payload as _open_payload,
)
from care_desktop.services.bundle_import import (
    receive as _receive,
)
from care_desktop.services.bundle_parse import (
    MAX_SUPERSEDES,
)
from care_desktop.services.bundle_quarantine import (
    QUARANTINE_FOLDER,
    QuarantineItem,
    quarantine_refused,
    quarantined,
)
from care_desktop.services.bundle_reasons import (
    REASONS,
    WAITING,
    BundleFileError,
    BundleRejectedError,
    UnknownRecipientError,
    quarantine_reason,
)

# _receive and _open_payload: bench/sync_bench.py times reading and decrypting a bundle alone
__all__ = [
    "INFLIGHT_DAYS",
    "MAX_SUPERSEDES",
    "OFFICE_ONLY",
    "QUARANTINE_FOLDER",
    "REASONS",
    "WAITING",
    "BundleFileError",
    "BundleRejectedError",
    "ExportSummary",
    "ImportSummary",
    "Inspection",
    "PeerSync",
    "QuarantineItem",
    "UnknownRecipientError",
    "_open_payload",
    "_receive",
    "export_bundle",
    "export_if_needed",
    "flag_duplicates_of",
    "forget_in_flight",
    "import_bundle",
    "inspect_bundle",
    "peek",
    "quarantine_reason",
    "quarantine_refused",
    "quarantined",
    "retry_quarantine",
    "sync_status",
    "unacknowledged",
    "write_private",
]
