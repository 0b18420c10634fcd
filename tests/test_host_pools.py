"""One connection pool per host (fetch/pools.py), against real servers on 127.0.0.1: the
run's cap on open connections holds across hosts, a host's connection is reused, the pools
of hosts no longer asked are closed, and a failed request gives its place back."""

import asyncio
import socket
import threading
import time

import httpx
import pytest

from fetch.pools import HostPools
from tests.server import LocalServer, Route


def client(pools: HostPools) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=pools, timeout=5)


def test_at_most_the_cap_of_requests_is_open_across_hosts():
    lock, open_now, most_seen = threading.Lock(), [0], [0]

    def slow(handler):
        with lock:
            open_now[0] += 1
            most_seen[0] = max(most_seen[0], open_now[0])
        time.sleep(0.15)
        with lock:
            open_now[0] -= 1
        LocalServer._send(handler, 200, b"ok", {"Content-Type": "text/plain"})

    with LocalServer() as a, LocalServer() as b:
        for server in (a, b):
            server.routes["/slow"] = Route(respond=slow)

        async def go():
            async with client(HostPools(per_host=4, most=3)) as http:
                urls = [a.url("/slow"), b.url("/slow")] * 4
                return await asyncio.wait_for(asyncio.gather(*(http.get(u) for u in urls)), 30)

        answers = asyncio.run(go())
    assert [r.status_code for r in answers] == [200] * 8
    assert most_seen[0] == 3  # 8 asked at once, 3 at a time, never more


def test_a_host_keeps_one_connection_and_an_idle_host_is_let_go():
    with LocalServer() as a, LocalServer() as b, LocalServer() as c:
        for server in (a, b, c):
            server.routes["/p"] = Route(body=b"<p>x</p>")

        async def go():
            async with client(HostPools(per_host=2, hosts=2)) as http:
                for _ in range(5):
                    (await http.get(a.url("/p"))).raise_for_status()
                await http.get(b.url("/p"))
                await http.get(c.url("/p"))  # a third host: a's pool, idle longest, closes
                await http.get(a.url("/p"))

        asyncio.run(go())
        connections = [s.connection for s in a.seen]
    assert len(connections) == 6
    assert len(set(connections[:5])) == 1  # five requests, one TCP connection
    assert connections[5] not in connections[:5]  # a new one after its pool was closed


def test_a_failed_request_gives_its_place_back():
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{closed.getsockname()[1]}/p"  # bound, never listening

        with LocalServer() as live:
            live.routes["/p"] = Route(body=b"<p>x</p>")

            async def go():
                async with client(HostPools(per_host=1, most=1)) as http:
                    with pytest.raises(httpx.ConnectError):
                        await http.get(dead)
                    return await asyncio.wait_for(http.get(live.url("/p")), 10)

            assert asyncio.run(go()).status_code == 200


def _self_signed(folder) -> tuple[str, str]:
    """A certificate for 127.0.0.1 that no authority signed (cert file, key file)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(cert_file), str(key_file)


def test_an_https_page_is_still_verified_and_an_http_night_loads_no_ca_bundle(
    tmp_path, monkeypatch
):
    import ssl

    import fetch.pools

    fetch.pools.verified_context.cache_clear()
    monkeypatch.setattr(fetch.pools.httpx, "create_ssl_context", _no_bundle_wanted)
    with LocalServer() as plain:
        plain.routes["/p"] = Route(body=b"<p>x</p>")

        async def http_only():
            async with client(HostPools(per_host=2)) as http:
                return await http.get(plain.url("/p"))

        assert asyncio.run(http_only()).status_code == 200  # the CA bundle was never asked for
    monkeypatch.undo()

    with LocalServer() as tls:
        tls.routes["/p"] = Route(body=b"<p>x</p>")
        serving = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        serving.load_cert_chain(*_self_signed(tmp_path))
        tls._httpd.socket = serving.wrap_socket(tls._httpd.socket, server_side=True)
        url = tls.url("/p").replace("http://", "https://")

        async def unvouched():
            async with client(HostPools(per_host=2)) as http:
                with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                    await http.get(url)

        asyncio.run(unvouched())


def _no_bundle_wanted(*args, **kwargs):
    raise AssertionError("a verified SSL context was built for an http:// page")
