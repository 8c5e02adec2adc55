"""How often one client may send a public form, counted per IP address in the cache."""

import ipaddress
import time

from django.conf import settings
from django.core.cache import cache


def client_ip(request) -> str:
    """The client's address. X-Forwarded-For is believed only as far as the proxies in
    front of us are trusted (``PRACHASAN_TRUSTED_PROXY_COUNT``, none by default): each
    trusted proxy appends the address it received the request from, so the client is
    the entry that many places from the end; anything further left could be forged."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "PRACHASAN_TRUSTED_PROXY_COUNT", 0)
    if trusted > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= trusted:
            candidate = forwarded[-trusted]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote


def _keys(scope: str, ip: str) -> tuple[str, str]:
    return f"throttle:{scope}:{ip}:count", f"throttle:{scope}:{ip}:start"


def submission_wait_seconds(*, scope: str, ip: str, limit: int, window: int) -> int:
    """Seconds this client must wait before sending again; 0 if it may send now."""
    count_key, start_key = _keys(scope, ip)
    found = cache.get_many([count_key, start_key])
    if found.get(count_key, 0) < limit:
        return 0
    started = found.get(start_key, time.time())
    return max(1, int(started + window - time.time()))


def submission_record(*, scope: str, ip: str, window: int) -> None:
    """Count one submission; the window starts at the first one."""
    count_key, start_key = _keys(scope, ip)
    cache.add(start_key, time.time(), window)
    cache.add(count_key, 0, window)
    try:
        cache.incr(count_key)
    except ValueError:
        # Expired between add and incr: this submission opens a new window.
        cache.set(count_key, 1, window)
