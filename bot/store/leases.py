"""This process's identity among replicas: the owner name written on every lease it takes."""

from __future__ import annotations

import functools
import os
import secrets
import socket
from datetime import timedelta

# How long a lease lasts without renewal. A dead replica's work is taken over this long after its last
# renewal, so it bounds failover; live holders renew at a third of it (sources) or before every post
# (channels), so a slow database or a busy loop must stall for the whole TTL to lose one.
SOURCE_LEASE_TTL = timedelta(seconds=15)
CHANNEL_LEASE_TTL = timedelta(seconds=20)


@functools.cache
def replica_id() -> str:
    """host:pid:random, fixed for the life of the process (the random part tells apart a restarted
    process that got the same pid, e.g. in a container)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
