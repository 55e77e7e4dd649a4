"""Content-Encoding decoding bounded by the body cap as the bytes are inflated.

Why not httpx's decoders: they inflate each layer without a bound and hand back whole chunks, so a
4.9 KB body of stacked `gzip, gzip` grew to gigabytes before any size check could run. Here every call
to zlib is told how much output it may produce (`max_length`), so memory never exceeds the cap plus one
network chunk, and only the codings the fetcher asks for are accepted, one layer deep.
"""

from __future__ import annotations

import zlib

from bot.errors import FetchError

# What the fetcher sends in Accept-Encoding, and so all it accepts back.
ACCEPT_ENCODING = "gzip, deflate"
_IDENTITY = {"", "identity"}
_GZIP = {"gzip", "x-gzip"}
_DEFLATE = {"deflate"}


class BodyCapExceeded(Exception):
    """The decoded body would pass the cap (the caller words the error: it knows the host)."""


def codings(header: str | None) -> list[str]:
    """The non-identity codings a Content-Encoding header lists, in the order they were applied."""
    if not header:
        return []
    return [c.strip().lower() for c in header.split(",") if c.strip().lower() not in _IDENTITY]


class BoundedDecoder:
    """Feed raw body chunks in, get decoded bytes out; raises BodyCapExceeded past `cap` decoded bytes
    and FetchError for a coding we did not ask for or a corrupt stream."""

    def __init__(self, content_encoding: str | None, cap: int, *, host: str) -> None:
        self.cap = cap
        self.total = 0
        self._host = host
        layers = codings(content_encoding)
        if len(layers) > 1:
            raise FetchError(
                f"unsupported Content-Encoding {content_encoding!r} from {host}: one layer of gzip or deflate is accepted"
            )
        self._coding = layers[0] if layers else ""
        if self._coding and self._coding not in _GZIP | _DEFLATE:
            raise FetchError(f"unsupported Content-Encoding {self._coding!r} from {host} (asked for {ACCEPT_ENCODING})")
        self._inflater: zlib._Decompress | None = self._new_inflater() if self._coding else None
        self._first = True

    def _new_inflater(self) -> zlib._Decompress:
        # gzip: the gzip wrapper (wbits 16+15); deflate: the zlib wrapper, or raw deflate (below).
        return zlib.decompressobj(31 if self._coding in _GZIP else 15)

    def _count(self, piece: bytes) -> bytes:
        self.total += len(piece)
        if self.total > self.cap:
            raise BodyCapExceeded
        return piece

    def feed(self, data: bytes) -> bytes:
        if self._inflater is None:
            return self._count(data)
        out: list[bytes] = []
        pending = data
        while pending:
            try:
                piece = self._inflater.decompress(pending, self.cap - self.total + 1)
            except zlib.error as exc:
                if self._first and self._coding in _DEFLATE:
                    # Some servers send raw deflate under "deflate": retry this stream that way.
                    self._inflater = zlib.decompressobj(-15)
                    self._first = False
                    continue
                raise FetchError(f"cannot decode the {self._coding} body from {self._host}: {exc}") from exc
            self._first = False
            out.append(self._count(piece))
            if self._inflater.unconsumed_tail:
                pending = self._inflater.unconsumed_tail
            elif self._inflater.eof and self._inflater.unused_data:
                # A gzip body may hold several members one after another: decode the next one too.
                pending = self._inflater.unused_data
                self._inflater = self._new_inflater()
            else:
                pending = b""
        return b"".join(out)

    def flush(self) -> bytes:
        if self._inflater is None:
            return b""
        return self._count(self._inflater.flush())
