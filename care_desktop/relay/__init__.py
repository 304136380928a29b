"""The relay: per-device mailboxes of opaque bundles (docs/relay.md)."""
