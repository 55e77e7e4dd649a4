"""A TCP proxy that can be cut and restored: a database (or any server) that drops off the network.

`TcpProxy` listens on 127.0.0.1 and pipes each connection to the upstream address. `cut()` closes every
connection at once (both sides see the socket die, as when a server restarts or a firewall drops the
flow) and stops listening, so new connections are refused; `restore()` listens on the same port again.
Point the client at `proxy.port` instead of the server's.
"""

from __future__ import annotations

import asyncio
from typing import Self

__all__ = ["TcpProxy"]

_CHUNK = 65536


class TcpProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.host = host
        self._port = port
        self._server: asyncio.Server | None = None
        self._links: dict[asyncio.Task[None], list[asyncio.StreamWriter]] = {}  # handler -> its two sockets
        self.accepted = 0  # connections accepted so far (reconnects included)

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("TcpProxy is not started")
        return self._port

    async def start(self) -> None:
        if self._server is not None:
            return
        # reuse_address: restore() binds the same port again while the old connections sit in TIME_WAIT.
        self._server = await asyncio.start_server(self._accept, self.host, self._port, reuse_address=True)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def restore(self) -> None:
        """Accept connections again, on the same port."""
        await self.start()

    async def cut(self) -> None:
        """Stop listening (new connections are refused) and kill every open connection."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        links, self._links = dict(self._links), {}
        for writers in links.values():
            for writer in writers:
                # abort(): no graceful FIN handshake, the connection is simply gone (RST), as in an outage.
                writer.transport.abort()
        if links:  # their pipes see the sockets die and end
            await asyncio.wait(links, timeout=5)

    async def stop(self) -> None:
        await self.cut()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if self._server is None:  # cut while this connection was being accepted
            client_writer.transport.abort()
            return
        self.accepted += 1
        link = asyncio.current_task()
        assert link is not None
        writers = self._links[link] = [client_writer]
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
            writers.append(upstream_writer)
            if self._server is None:  # cut while connecting upstream
                return
            await asyncio.gather(_pipe(client_reader, upstream_writer), _pipe(upstream_reader, client_writer))
        except OSError:
            pass
        finally:
            for writer in writers:
                writer.transport.abort()
            self._links.pop(link, None)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(_CHUNK):
            writer.write(data)
            await writer.drain()
    finally:
        writer.transport.abort()  # one side closed or died: so does the other
