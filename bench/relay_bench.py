"""Relay throughput and latency under a bounded local load, next to its limit.

50 devices (threads in two client processes) on loopback, each uploading bundles addressed to
the office, all at once; then, once the office has sent each of them as many, each fetching its
mailbox at once: list, download and acknowledge every bundle.
The baseline is the same HTTP stack (uvicorn + Starlette, same process model) doing only what
the relay cannot avoid: streaming each body to a temporary file, fsync, rename, fsync of the
folder; GET of a file; DELETE with fsync. The difference is the relay's own work: request
signatures, nonce and time checks, bundle signature verification, quotas, dedupe, logs.

Usage: python bench/relay_bench.py [--devices 50] [--bundles 20] [--size 16384] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import multiprocessing
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())

from care_desktop.sync import bundle as fmt
from care_desktop.sync import relay_auth
from care_desktop.sync.keys import generate_device_keys, minisign_public_key
from care_desktop.sync.trust import Card, Roster, RosterEntry, sign_roster

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = 2


def _card(role: str) -> tuple[Card, Any]:
    keys = generate_device_keys()
    card = Card(
        device_id=str(uuid.uuid4()),
        role=role,
        office="IOM bench",
        countries=("NGA",),
        signing_key=minisign_public_key(keys.signing_public, keys.minisign_key_id),
        age_recipient=keys.age_recipient,
    )
    return card, keys


def _start(command: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, str(json.loads(line)["url"])


def _stop(process: subprocess.Popen[bytes]) -> int:
    """Stops the server; returns its peak resident memory in kB."""
    peak = 0
    try:
        for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    except OSError:
        pass
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)
    return peak


# --- the client load ------------------------------------------------------------------------


def _request(
    connection: http.client.HTTPConnection,
    method: str,
    target: str,
    body: bytes | None,
    auth: tuple[str, bytes] | None,
) -> tuple[int, bytes, float]:
    headers = {"Content-Type": "application/octet-stream"}
    if body:
        headers[relay_auth.BODY_HEADER] = hashlib.sha256(body).hexdigest()
    if auth is not None:
        headers["Authorization"] = relay_auth.authorization(
            auth[1],
            auth[0],
            method=method,
            target=target,
            time=int(time.time()),
            body_sha256=hashlib.sha256(body or b"").hexdigest(),
        )
    started = time.perf_counter()
    connection.request(method, target, body, headers)
    response = connection.getresponse()
    data = response.read()
    return response.status, data, time.perf_counter() - started


def _device_upload(url: str, job: dict[str, Any], signed: bool, out: list[float]) -> None:
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    auth = (job["device"], bytes.fromhex(job["seed"])) if signed else None
    for path in job["files"]:
        body = Path(path).read_bytes()
        target = "/v1/bundles" if signed else f"/upload/{job['box']}"
        status, _, seconds = _request(connection, "POST", target, body, auth)
        assert status in (200, 201), status
        out.append(seconds)
    connection.close()


def _device_fetch(url: str, job: dict[str, Any], signed: bool, out: list[float]) -> None:
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    auth = (job["device"], bytes.fromhex(job["seed"])) if signed else None
    base = f"/v1/mailboxes/{job['device']}" if signed else f"/files/{job['device']}"
    status, data, seconds = _request(connection, "GET", base, None, auth)
    assert status == 200, status
    out.append(seconds)
    listed = json.loads(data)["bundles"]
    assert len(listed) == job["expect"], (len(listed), job["expect"])
    for item in listed:
        status, _, seconds = _request(connection, "GET", f"{base}/{item['sha256']}", None, auth)
        assert status == 200, status
        out.append(seconds)
        status, _, seconds = _request(connection, "DELETE", f"{base}/{item['sha256']}", None, auth)
        assert status in (200, 204), status
        out.append(seconds)
    connection.close()


def _fill(url: str, outgoing: list[tuple[str, str]], office: tuple[str, bytes] | None) -> None:
    """The office's bundles for each device, sent before the fetch phase (not measured)."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    for recipient, path in outgoing:
        target = "/v1/bundles" if office else f"/upload/{recipient}"
        status, _, _ = _request(connection, "POST", target, Path(path).read_bytes(), office)
        assert status in (200, 201), status
    connection.close()


def _client_process(
    args: tuple[str, str, list[dict[str, Any]], bool, float],
) -> tuple[list[float], float, float]:
    """Runs its devices' threads from a common start time (so that process start-up is not
    counted); returns the latencies and when the first request left and the last answer came."""
    url, phase, jobs, signed, start_at = args
    latencies: list[float] = []
    worker = _device_upload if phase == "upload" else _device_fetch
    threads = [threading.Thread(target=worker, args=(url, job, signed, latencies)) for job in jobs]
    time.sleep(max(0.0, start_at - time.time()))
    began = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, began, time.time()


def _phase(url: str, phase: str, jobs: list[dict[str, Any]], signed: bool) -> dict[str, Any]:
    shares = [jobs[i::PROCESSES] for i in range(PROCESSES)]
    start_at = time.time() + 3.0  # the client processes are up by then
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        parts = pool.map(
            _client_process, [(url, phase, share, signed, start_at) for share in shares]
        )
    elapsed = max(part[2] for part in parts) - min(part[1] for part in parts)
    latencies = sorted(x for part in parts for x in part[0])
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "per_second": len(latencies) / elapsed,
        "p50_ms": quantiles[49] * 1000,
        "p95_ms": quantiles[94] * 1000,
        "p99_ms": quantiles[98] * 1000,
    }


# --- the baseline server ----------------------------------------------------------------------

BASELINE_APP = """
import json, os, sys, socket, uuid
from pathlib import Path
import uvicorn
from starlette.applications import Starlette
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.concurrency import run_in_threadpool

DATA = Path(sys.argv[1])

def _fsync_dir(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

def _finish(tmp, target):
    fd = os.open(tmp, os.O_RDONLY)
    os.fsync(fd); os.close(fd)
    target.parent.mkdir(exist_ok=True)
    os.replace(tmp, target)
    _fsync_dir(target.parent)

async def upload(request):
    tmp = DATA / "tmp" / uuid.uuid4().hex
    with tmp.open("wb") as handle:
        async for chunk in request.stream():
            handle.write(chunk)
    import hashlib
    name = hashlib.sha256(tmp.read_bytes()).hexdigest()
    await run_in_threadpool(_finish, tmp, DATA / request.path_params["box"] / name)
    return JSONResponse({"sha256": name}, status_code=201)

async def listing(request):
    box = DATA / request.path_params["box"]
    files = sorted(box.iterdir()) if box.is_dir() else []
    return JSONResponse({"bundles": [{"sha256": f.name, "size": f.stat().st_size} for f in files]})

async def one(request):
    return FileResponse(DATA / request.path_params["box"] / request.path_params["sha"])

async def delete(request):
    path = DATA / request.path_params["box"] / request.path_params["sha"]
    def gone():
        path.unlink(missing_ok=True)
        _fsync_dir(path.parent)
    await run_in_threadpool(gone)
    return Response(status_code=204)

app = Starlette(routes=[
    Route("/upload/{box}", upload, methods=["POST"]),
    Route("/files/{box}", listing),
    Route("/files/{box}/{sha}", one),
    Route("/files/{box}/{sha}", delete, methods=["DELETE"]),
])
(DATA / "tmp").mkdir(parents=True, exist_ok=True)
sock = socket.socket(); sock.bind(("127.0.0.1", 0))
url = "http://127.0.0.1:%d" % sock.getsockname()[1]
print(json.dumps({"event": "listening", "url": url}), flush=True)
config = uvicorn.Config(app, log_level="warning", access_log=False)
uvicorn.Server(config).run(sockets=[sock])
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--bundles", type=int, default=20)
    parser.add_argument("--size", type=int, default=16384)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="relay-bench-"))
    office, office_keys = _card("coordinator")
    devices = [_card("field") for _ in range(args.devices)]
    roster = Roster(1, office, None, tuple(RosterEntry(card, "active") for card, _ in devices))
    document = sign_roster(roster, office_keys.signing_secret, office_keys.minisign_key_id)
    (work / "office.card").write_text(json.dumps(office.to_json()))

    # the bundles: real ones, padded with random bytes; field devices send to the office (the
    # relay accepts nothing else from them), the office sends to each field device
    def make(sender: Card, keys: Any, recipient: Card, seq: int) -> str:
        header = fmt.Header(sender.device_id, (recipient.device_id,), seq, "0006", "0006")
        data = fmt.seal(
            header,
            {"padding": secrets.token_hex(args.size // 2)},
            seed=keys.signing_secret,
            key_id=keys.minisign_key_id,
            age_recipients=[recipient.age_recipient],
        )
        path = work / f"{sender.device_id}-{recipient.device_id}-{seq}.carebundle"
        path.write_bytes(data)
        return str(path)

    jobs = []
    outgoing: list[tuple[str, str]] = []  # the office's bundles: (recipient, file)
    for card, keys in devices:
        files = [make(card, keys, office, seq) for seq in range(1, args.bundles + 1)]
        jobs.append(
            {
                "device": card.device_id,
                "seed": keys.signing_secret.hex(),
                "box": office.device_id,
                "files": files,
                "expect": args.bundles,
            }
        )
        for seq in range(1, args.bundles + 1):
            outgoing.append((card.device_id, make(office, office_keys, card, seq)))
    bundle_bytes = sum(Path(f).stat().st_size for job in jobs for f in job["files"])

    results: dict[str, Any] = {
        "devices": args.devices,
        "bundles_per_device": args.bundles,
        "bundle_bytes_mean": bundle_bytes / (args.devices * args.bundles),
    }
    relay, url = _start(
        [
            sys.executable,
            "-m",
            "care_desktop",
            "relay",
            "serve",
            "--data",
            str(work / "relay"),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--office-card",
            str(work / "office.card"),
            "--rate",
            "100000",
        ]
    )
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port))
    body = json.dumps(document).encode()
    status, _, _ = _request(
        connection,
        "PUT",
        "/v1/roster",
        body,
        (office.device_id, office_keys.signing_secret),
    )
    assert status == 200, status
    connection.close()
    results["relay_upload"] = _phase(url, "upload", jobs, signed=True)
    _fill(url, outgoing, (office.device_id, office_keys.signing_secret))
    results["relay_fetch"] = _phase(url, "fetch", jobs, signed=True)
    results["relay_peak_rss_mb"] = _stop(relay) / 1024

    script = work / "baseline_app.py"
    script.write_text(BASELINE_APP)
    baseline, url = _start([sys.executable, str(script), str(work / "baseline")])
    results["baseline_upload"] = _phase(url, "upload", jobs, signed=False)
    _fill(url, outgoing, None)
    results["baseline_fetch"] = _phase(url, "fetch", jobs, signed=False)
    results["baseline_peak_rss_mb"] = _stop(baseline) / 1024

    for phase in ("upload", "fetch"):
        ours, limit = results[f"relay_{phase}"], results[f"baseline_{phase}"]
        print(
            f"{phase}: relay {ours['per_second']:.0f} req/s p50 {ours['p50_ms']:.1f} ms "
            f"p99 {ours['p99_ms']:.1f} ms | baseline {limit['per_second']:.0f} req/s "
            f"p50 {limit['p50_ms']:.1f} ms p99 {limit['p99_ms']:.1f} ms"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
