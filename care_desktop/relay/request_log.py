"""Around every request: the relay's clock in `X-Care-Time`, refusals as JSON errors, and one JSON
line on stderr (time, method, route, status, device, bytes, duration, error code). Never a
header, a path with ids in it, or a byte of a bundle."""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from care_desktop.relay.errors import RelayError
from care_desktop.sync import relay_auth

TRACE = "care_relay.trace"


@dataclass(slots=True)
class Trace:
    """What a handler tells the log about its request."""

    device: str | None = None
    error: str | None = None
    bytes: int = 0


def trace_of(scope: Scope) -> Trace:
    trace = scope.get(TRACE)
    if not isinstance(trace, Trace):
        trace = scope[TRACE] = Trace()
    return trace


def error_response(error: RelayError) -> Response:
    return JSONResponse(
        {"error": error.code, "message": error.message},
        status_code=error.status,
        headers=error.headers,
    )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def write_line(document: dict[str, Any]) -> None:
    sys.stderr.write(json.dumps(document, separators=(",", ":")) + "\n")
    sys.stderr.flush()


def log_event(event: str, **values: Any) -> None:
    """One line about the relay itself, e.g. `started` (with `after`: requests must be signed
    after that unix second)."""
    write_line({"time": _now(), "event": event, **values})


class RequestLog:
    """ASGI middleware (inside Starlette's own error handling, so nothing escapes to it)."""

    def __init__(self, app: ASGIApp, write: Callable[[dict[str, Any]], None] = write_line) -> None:
        self.app = app
        self.write = write

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        trace = trace_of(scope)
        started = time.perf_counter()
        status = 0

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                trace.bytes += len(message.get("body", b""))
            return message

        async def stamped_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [
                    *message.get("headers", []),
                    (relay_auth.TIME_HEADER.lower().encode(), str(int(time.time())).encode()),
                ]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                trace.bytes += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, stamped_send)
        except RelayError as error:
            trace.error = error.code
            if not status:
                await error_response(error)(scope, receive, stamped_send)
        except ClientDisconnect:
            trace.error = "disconnected"
        except Exception as error:  # noqa: BLE001 - a bug answers 500 and is logged without content
            trace.error = "internal"
            self.write(_crash(error))
            if not status:
                await error_response(RelayError(500, "internal", "internal error"))(
                    scope, receive, stamped_send
                )
        finally:
            route = scope.get("route")
            self.write(
                {
                    "time": _now(),
                    "method": scope.get("method"),
                    "route": getattr(route, "path", None),
                    "status": status or None,
                    "device": trace.device,
                    "bytes": trace.bytes,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "error": trace.error,
                }
            )


def _crash(error: BaseException) -> dict[str, Any]:
    """The type and frames of an unexpected exception, not its message (which could quote data)."""
    frames = traceback.extract_tb(error.__traceback__)
    return {
        "time": _now(),
        "event": "bug",
        "type": f"{type(error).__module__}.{type(error).__qualname__}",
        "frames": [f"{frame.filename}:{frame.lineno} in {frame.name}" for frame in frames],
    }


class JsonLogHandler(logging.Handler):
    """The server's own warnings (uvicorn: invalid requests, shutdown) as JSON lines too."""

    def __init__(self, write: Callable[[dict[str, Any]], None] = write_line) -> None:
        super().__init__(logging.WARNING)
        self.write = write

    def emit(self, record: logging.LogRecord) -> None:
        document: dict[str, Any] = {
            "time": _now(),
            "event": "server",
            "level": record.levelname.lower(),
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            document["type"] = record.exc_info[0].__qualname__
        self.write(document)
