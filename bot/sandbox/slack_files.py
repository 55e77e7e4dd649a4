"""The Slack stand-in's file uploads: the files upload v2 flow, as strict as Slack.

1. ``files.getUploadURLExternal`` (filename, length, optional alt_txt) answers a one-off ``upload_url``
   served by the stand-in's own HTTP server and a file id. A length of 0 is ``missing_argument``; more
   than the workspace allows is ``file_upload_size_restricted``; alt text over 1,000 characters is
   ``alt_txt_too_large``.
2. The bytes are POSTed to the URL (raw or multipart, as Slack accepts). An unknown or expired URL
   answers 404; more bytes than announced, 413. The URL expires after ``url_ttl_s`` and serves once.
3. ``files.completeUploadExternal`` (files=[{id, title}], channel_id or channels, initial_comment,
   thread_ts) finishes it: an unknown id, or one whose bytes never arrived, is ``file_not_found``; a
   file completed before, ``file_already_completed``; bytes of another length than announced,
   ``file_size_mismatch``. With a channel the file is shared there as a message holding the comment
   (in the thread of ``thread_ts`` when given); without one it stays private to the bot.

Every method needs the ``files:write`` scope (the manifest's), else ``missing_scope``. Uploaded bytes are
kept in :attr:`FileUploads.files` for tests and ``policybot demo --artifacts``. Image blocks that name a
``slack_file`` are checked against them (see :meth:`FileUploads.check_blocks`).
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JsonDict = dict[str, Any]

FILES_SCOPE = "files:write"
MAX_FILE_BYTES = 1024 * 1024 * 1024  # Slack's own cap per file: 1 GB
MAX_ALT_TEXT = 1000
UPLOAD_URL_TTL_S = 600.0


class FileError(Exception):
    """A Slack error answer (``{"ok": false, "error": ...}``) from a files method."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


@dataclass
class UploadedFile:
    """A file announced by files.getUploadURLExternal; `data` is set once its bytes arrive."""

    file_id: str
    filename: str
    length: int
    alt_txt: str | None = None
    data: bytes | None = None
    title: str | None = None
    channel_id: str | None = None
    completed: bool = False
    url_expires: float = 0.0  # time.monotonic() after which the upload URL no longer serves
    shares: list[str] = field(default_factory=list)  # ts of the messages sharing it


# What FileUploads needs from the stand-in: a channel by id (raises FileError when Slack would refuse to
# post there) and a way to store a bot message (optionally in a thread); both return the message.
ChannelCheck = Callable[[str], str]
PostFile = Callable[[str, str, list[JsonDict], str | None], JsonDict]


class FileUploads:
    """The three steps' state. `scopes`: the bot token's scopes (the manifest's by default)."""

    def __init__(
        self, base_url: Callable[[], str], *, scopes: Iterable[str], max_bytes: int = MAX_FILE_BYTES,
        url_ttl_s: float = UPLOAD_URL_TTL_S,
    ) -> None:
        self._base_url = base_url
        self.scopes = set(scopes)
        self.max_bytes = max_bytes
        self.url_ttl_s = url_ttl_s
        self.files: dict[str, UploadedFile] = {}

    def _require_scope(self) -> None:
        if FILES_SCOPE not in self.scopes:
            raise FileError("missing_scope")

    def get_upload_url(self, args: JsonDict) -> JsonDict:
        self._require_scope()
        filename = args.get("filename")
        try:
            length = int(args.get("length", 0) or 0)
        except (TypeError, ValueError):
            raise FileError("invalid_arguments") from None
        if not filename:
            raise FileError("invalid_arguments")
        if length <= 0:
            raise FileError("missing_argument")
        if length > self.max_bytes:
            raise FileError("file_upload_size_restricted")
        alt = args.get("alt_txt")
        if alt is not None and len(str(alt)) > MAX_ALT_TEXT:
            raise FileError("alt_txt_too_large")
        file_id = "F" + uuid.uuid4().hex[:10].upper()
        self.files[file_id] = UploadedFile(file_id, str(filename), length, alt_txt=None if alt is None else str(alt),
                                           url_expires=time.monotonic() + self.url_ttl_s)
        return {"upload_url": f"{self._base_url()}/upload/{file_id}", "file_id": file_id}

    async def handle_upload(self, request: web.Request) -> web.StreamResponse:
        upload = self.files.get(request.match_info["file_id"])
        if upload is None or upload.data is not None or time.monotonic() > upload.url_expires:
            return web.Response(status=404, text="upload URL unknown or expired")
        if request.content_type == "multipart/form-data":
            form = await request.post()
            part = next((v for v in form.values() if isinstance(v, web.FileField)), None)
            data = part.file.read() if part is not None else b""
        else:
            data = await request.read()
        if len(data) > upload.length:
            return web.Response(status=413, text=f"more bytes ({len(data)}) than announced ({upload.length})")
        upload.data = data
        return web.Response(text=f"OK - {len(data)}")

    def complete(self, args: JsonDict, channel_of: ChannelCheck, post: PostFile) -> JsonDict:
        self._require_scope()
        entries = args.get("files")
        if not isinstance(entries, list) or not entries:
            raise FileError("invalid_arguments")
        channel = args.get("channel_id") or (str(args.get("channels") or "").split(",")[0] or None)
        channel_id = channel_of(str(channel)) if channel else None
        thread_ts = args.get("thread_ts") or None
        if thread_ts and not channel_id:
            raise FileError("invalid_arguments")  # a thread needs its channel
        uploads = [self._completable(entry) for entry in entries]
        completed = []
        for upload, entry in zip(uploads, entries, strict=True):
            upload.completed = True
            upload.title = str(entry.get("title") or upload.filename)
            upload.channel_id = channel_id
            completed.append(self._file_object(upload))
        if channel_id is not None:
            message = post(channel_id, str(args.get("initial_comment") or ""), completed,
                           None if thread_ts is None else str(thread_ts))
            for upload, file in zip(uploads, completed, strict=True):
                upload.shares.append(str(message["ts"]))
                file["shares"] = {"public" if channel_id.startswith("C") else "private": {
                    channel_id: [{"ts": message["ts"], **({"thread_ts": thread_ts} if thread_ts else {})}]}}
        return {"files": copy.deepcopy(completed)}

    def _completable(self, entry: object) -> UploadedFile:
        if not isinstance(entry, dict):
            raise FileError("invalid_arguments")
        upload = self.files.get(str(entry.get("id")))
        if upload is None or upload.data is None:
            raise FileError("file_not_found")
        if upload.completed:
            raise FileError("file_already_completed")
        if len(upload.data) != upload.length:
            raise FileError("file_size_mismatch")
        return upload

    @staticmethod
    def _file_object(upload: UploadedFile) -> JsonDict:
        is_png = upload.data is not None and upload.data.startswith(b"\x89PNG")
        return {
            "id": upload.file_id, "name": upload.filename, "title": upload.title, "size": len(upload.data or b""),
            "mimetype": "image/png" if is_png else "application/octet-stream", "filetype": "png" if is_png else "binary",
        }

    def check_blocks(self, blocks: object) -> None:
        """Image blocks naming a `slack_file` must name a completed image this bot uploaded (or give a
        URL instead, never both): Slack refuses the message with `invalid_blocks` otherwise."""
        if not isinstance(blocks, list):
            return
        for block in blocks:
            if not isinstance(block, dict) or block.get("type") != "image":
                continue
            ref, url = block.get("slack_file"), block.get("image_url")
            if not block.get("alt_text") or (ref is None) == (url is None):
                raise FileError("invalid_blocks")
            if ref is not None:
                upload = self.files.get(str(ref.get("id"))) if isinstance(ref, dict) else None
                if upload is None or not upload.completed or not (upload.data or b"").startswith(b"\x89PNG"):
                    raise FileError("invalid_blocks")

    def stored(self) -> list[UploadedFile]:
        """Every file whose bytes arrived, in upload order."""
        return [f for f in self.files.values() if f.data is not None]
