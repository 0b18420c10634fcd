"""Refuse what must never be fetched: link-local and cloud metadata addresses always, and
redirects from a public page into private networks (SSRF through a redirect).

169.254.0.0/16, fe80::/10 and the cloud metadata endpoints (169.254.169.254,
fd00:ec2::254, metadata.google.internal) hand out the credentials of the machine a run is
on: no source, redirect or robots.txt hop may reach them, whatever `sources.yaml` says.
Loopback and private ranges stay allowed for a source whose own URL is there.

A public site that redirects us to 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata) or
any other non-global address would make the nightly run probe the machine it runs on.
Such a hop is refused unless the source itself lives on a non-global address (a test
server, an intranet mirror): then its operator chose that network on purpose.

Names are resolved as the operating system resolves them; the resolver is injectable so
tests can say what a public-looking name resolves to without any DNS. The check runs just
before the request, so a name that changes its address between the check and the connect
(DNS rebinding) is not caught; pinning the checked address would need a custom transport.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Awaitable[list[str]]]

# Cloud metadata services by name and by the addresses outside link-local they use (AWS
# IPv6); the link-local ranges (169.254.0.0/16, fe80::/10) are refused whole.
METADATA_NAMES = frozenset({"metadata.google.internal", "metadata.goog", "metadata"})
METADATA_ADDRESSES = frozenset({ipaddress.ip_address("fd00:ec2::254")})


def literal(host: str) -> Address | None:
    """The address a host names by itself (an IP literal, brackets allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_public(address: Address) -> bool:
    """Globally routable unicast; loopback, private, link-local, CGNAT and friends are not."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def is_forbidden(address: Address) -> bool:
    """Link-local or a cloud metadata address: never fetched, whoever asks."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_link_local or address in METADATA_ADDRESSES


def forbidden_name(host: str) -> str | None:
    """Why `host` itself (a literal or a known metadata name) is never fetched, or None.

    Needs no DNS, so `sources check` can say it before any run.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name in METADATA_NAMES:
        return f"{host} is a cloud metadata service: never fetched"
    found = literal(name)
    if found is not None and is_forbidden(found):
        return f"{host} is a link-local or cloud metadata address: never fetched"
    return None


async def system_resolver(host: str) -> list[str]:
    """Every address the OS gives for `host`; none when it cannot be resolved."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [info[4][0] for info in infos]


class AddressGuard:
    """Decides whether a redirect target may be requested; resolves each host once per run."""

    def __init__(self, resolver: Resolver = system_resolver):
        self._resolver = resolver
        self._cache: dict[str, list[Address]] = {}
        # Each host's verdict, once a run as its addresses are: asked twice a source, the
        # literal parsed each time, it was ~0.1 ms a source (1,000 sources on 8 hosts).
        self._verdicts: dict[str, str | None] = {}

    async def addresses(self, host: str) -> list[Address]:
        found = literal(host)
        if found is not None:
            return [found]
        if host not in self._cache:
            names = await self._resolver(host)
            self._cache[host] = [a for a in map(literal, names) if a is not None]
        return self._cache[host]

    async def forbidden(self, host: str) -> str | None:
        """Why `host` is never fetched (by name, or by an address it resolves to), or None."""
        if host in self._verdicts:
            return self._verdicts[host]
        why = forbidden_name(host)
        if why is None:
            bad = [a for a in await self.addresses(host) if is_forbidden(a)]
            if bad:
                why = f"{host} resolves to {bad[0]}, a link-local or cloud metadata address"
        self._verdicts[host] = why
        return why

    async def refusal(self, source_host: str, target_host: str) -> str | None:
        """Why a redirect from a page of `source_host` to `target_host` is refused, or None.

        A name that does not resolve is let through: the request itself then fails with a
        connection error, which says more than a refusal would. A link-local or metadata
        target is refused from every source.
        """
        forbidden = await self.forbidden(target_host)
        if forbidden:
            return forbidden
        private = [a for a in await self.addresses(target_host) if not is_public(a)]
        if not private:
            return None
        own = await self.addresses(source_host)
        if own and not all(is_public(a) for a in own):
            return None  # the source itself is on a private network: its operator's choice
        return (
            f"{target_host} is a private, loopback or link-local address ({private[0]}) "
            f"and the source's own host {source_host} is public"
        )
