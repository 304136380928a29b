"""Running the relay: the transport rules (TLS unless on loopback), the listening socket, the
uvicorn server, clean stops on SIGTERM and SIGINT."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import ssl
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from care_desktop import __version__
from care_desktop.relay.errors import (
    ListenError,
    PlainHttpRefusedError,
    TlsFilesError,
    TlsPairError,
)
from care_desktop.relay.request_log import JsonLogHandler, log_event
from care_desktop.relay.server import Limits, Relay, build_app
from care_desktop.relay.store import RelayStore
from care_desktop.sync import relay_auth

# forward-secret AEAD suites for TLS 1.2 (Python's default minimum); TLS 1.3 keeps its own
TLS12_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS"


@dataclass(frozen=True)
class ServeOptions:
    data: Path
    host: str = "127.0.0.1"
    port: int = 8765
    tls_cert: Path | None = None
    tls_key: Path | None = None
    office_card: Path | None = None
    limits: Limits = field(default_factory=Limits)

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None


def check_transport(options: ServeOptions) -> None:
    if (options.tls_cert is None) != (options.tls_key is None):
        raise TlsPairError()
    if not options.tls and not relay_auth.is_loopback(options.host):
        raise PlainHttpRefusedError(host=options.host)


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that port 0 tells which port it got."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
        listener = socket.socket(family, kind, protocol)
    except (OSError, IndexError):
        raise ListenError(host=host, port=port) from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError:
        listener.close()
        raise ListenError(host=host, port=port) from None
    return listener


def url_of(listener: socket.socket, *, tls: bool) -> str:
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}"


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            self._on_started()

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        # uvicorn raises a caught signal again once it has stopped (so that the default action
        # follows); the relay has stopped cleanly by then and exits 0 instead.
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def serve(options: ServeOptions, announce: Callable[[str], None]) -> None:
    """Serve until SIGTERM or SIGINT; `announce(url)` once it accepts connections."""
    check_transport(options)
    store = RelayStore.open(options.data, options.office_card, options.limits.quota)
    relay = Relay(store, options.limits)
    # requests signed in the start second are refused (replays across the restart): listen only
    # from the next one, so that a device signing with the relay's X-Care-Time is never refused
    time.sleep(max(0.0, relay.started + 1 - time.time()))
    log_event("started", version=__version__, instance=store.instance, after=relay.started)
    config = uvicorn.Config(
        build_app(relay),
        http="h11",
        loop="asyncio",
        lifespan="off",
        access_log=False,
        log_config=None,
        log_level="warning",
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=5,
        ssl_certfile=str(options.tls_cert) if options.tls_cert else None,
        ssl_keyfile=str(options.tls_key) if options.tls_key else None,
        ssl_ciphers=TLS12_CIPHERS,
    )
    try:
        config.load()
    except (OSError, ssl.SSLError):
        raise TlsFilesError(cert=str(options.tls_cert), key=str(options.tls_key)) from None
    logging.getLogger("uvicorn").addHandler(JsonLogHandler())
    listener = bind(options.host, options.port)
    url = url_of(listener, tls=options.tls)
    with listener:
        _Server(config, lambda: announce(url)).run(sockets=[listener])
