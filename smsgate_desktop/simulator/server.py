"""The simulator's asyncio TCP server: one task per connection, the gateway logic does the rest.

This module only moves bytes: framing, the idle timeout, the configured latency, closing and
resetting connections, and writing the record file.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
from pathlib import Path
from typing import Final

from ..protocol.redact import mask_password, visible
from .framing import TOO_LONG, LineBuffer
from .gateway import Gateway, GatewayConnection, Outcome
from .record import RecordWriter

log = logging.getLogger(__name__)

CHUNK: Final = 64 * 1024
# After a closing reply, how long the client may keep sending before the socket is closed
# anyway. Closing with unread input makes the kernel send a reset, which can destroy the reply
# before the client reads it; reading the input away first avoids that.
CLOSE_GRACE: Final = 2.0
MAX_QUEUED: Final = 256  # replies waiting for their latency before reading stops


class SimulatorServer:
    """Serves `gateway` on host:port (port 0 = a free port) until stop()."""

    def __init__(
        self,
        gateway: Gateway,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        idle_timeout: float = 600.0,
        latency_ms: float = 0.0,
        record: str | Path | None = None,
    ) -> None:
        if idle_timeout <= 0:
            raise ValueError("idle_timeout must be more than 0 seconds")
        if latency_ms < 0:
            raise ValueError("latency_ms must be 0 or more")
        self.gateway = gateway
        self.host = host
        self.port = port
        self.idle_timeout = idle_timeout
        self.latency = latency_ms / 1000
        self.record_path = Path(record) if record is not None else None
        self._record: RecordWriter | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Listen; returns once connections are accepted."""
        record = RecordWriter(self.record_path) if self.record_path is not None else None
        try:
            self._server = await asyncio.start_server(self._serve, self.host, self.port)
        except BaseException:
            if record is not None:
                record.close()
            raise
        self._record = record
        self.host, self.port = self.address

    @property
    def address(self) -> tuple[str, int]:
        """The (host, port) actually listened on."""
        if self._server is None or not self._server.sockets:
            return self.host, self.port
        host, port = self._server.sockets[0].getsockname()[:2]
        return host, port

    async def stop(self) -> None:
        """Stop listening, end every connection, close the record file."""
        if self._server is not None:
            self._server.close()
            await asyncio.sleep(0)  # let connections accepted just before close start
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await self._server.wait_closed()
            self._server = None
        if self._record is not None:
            self._record.close()
            self._record = None

    # ---- one connection --------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve_connection(reader, writer)
        except asyncio.CancelledError:
            # Only stop() cancels these tasks, and the connection is already aborted. End
            # normally: Python 3.11's start_server logs a cancelled connection task as an error.
            pass
        finally:
            self._tasks.discard(task)

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        peer = writer.get_extra_info("peername")
        connection = self.gateway.connect(str(peer[0]) if peer else "unknown")
        log.debug("connection %d from %s", connection.number, connection.address)
        graceful = False
        try:
            graceful = await self._converse(connection, reader, writer)
        except asyncio.CancelledError:
            writer.transport.abort()
            raise
        except OSError:  # the client vanished: nothing to answer to
            writer.transport.abort()
        except Exception:  # a bug must cost one connection, never the server
            log.exception("connection %d failed", connection.number)
            writer.transport.abort()
        finally:
            connection.close()  # frees the session before the client can see the close
        if graceful:
            await _close_gracefully(reader, writer)
        log.debug("connection %d closed", connection.number)

    async def _converse(
        self,
        connection: GatewayConnection,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        """Answer requests until the connection ends; False when it was reset."""
        replies = _Replies(writer, self.latency)
        try:
            graceful = await self._converse_lines(connection, reader, replies)
            await replies.flush()
            return graceful
        finally:
            replies.cancel()

    async def _converse_lines(
        self, connection: GatewayConnection, reader: asyncio.StreamReader, replies: _Replies
    ) -> bool:
        loop = asyncio.get_running_loop()
        outcome = connection.greet()
        await self._answer(connection, outcome, replies, loop.time())
        if outcome.close:
            return True
        lines = LineBuffer()
        deadline = loop.time() + self.idle_timeout
        # When the bytes of the lines now buffered arrived. The latency counts from there, so
        # that requests a client pipelines (several in one segment) are answered a latency
        # after they arrived, one after the other, not a latency after the previous reply.
        received = loop.time()
        while True:
            line = lines.next_line()
            if line is TOO_LONG:
                await self._answer(connection, connection.line_too_long(), replies, received)
                return True
            if line is not None:
                if log.isEnabledFor(logging.DEBUG):  # spare a broadcast the formatting
                    log.debug("%d <- %s", connection.number, visible(mask_password(line)))
                outcome = connection.receive_line(line)
                await self._answer(connection, outcome, replies, received)
                if outcome.close:
                    return not outcome.reset
                deadline = loop.time() + self.idle_timeout
                continue
            try:
                async with asyncio.timeout_at(deadline):
                    data = await reader.read(CHUNK)
            except TimeoutError:
                await self._answer(connection, connection.idle_timeout(), replies, loop.time())
                return True
            if not data:  # the client closed; a partial line is dropped
                return True
            received = loop.time()
            lines.feed(data)

    async def _answer(
        self,
        connection: GatewayConnection,
        outcome: Outcome,
        replies: _Replies,
        received: float,
    ) -> None:
        """Carry out one outcome: reset, or record then write the reply `latency` after the
        request was `received` (loop time)."""
        if outcome.reset:
            await replies.flush()  # the replies to the requests before it go out first
            log.debug("%d reset (drop-after)", connection.number)
            _reset(replies.writer)
            return
        if outcome.accepted is not None and self._record is not None:
            # Recorded before the reply: whoever reads the reply can already read the record.
            self._record.write(outcome.accepted)
        if outcome.line is not None:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%d -> %s", connection.number, visible(outcome.line[:-2]))
            await replies.write(outcome.line, received)


class _Replies:
    """One connection's replies, written in order, each `latency` after its request arrived.

    With a latency the writing runs in a task of its own, so that the connection goes on
    reading and judging requests meanwhile: requests a client pipelines wait the latency once,
    as on a long line, and not once for every request ahead of them. Without one, a reply is
    written at once.
    """

    def __init__(self, writer: asyncio.StreamWriter, latency: float) -> None:
        self.writer = writer
        self.latency = latency
        self._failure: OSError | None = None
        self._queue: asyncio.Queue[tuple[float, bytes]] | None = None
        self._task: asyncio.Task[None] | None = None
        if latency:
            self._queue = asyncio.Queue(maxsize=MAX_QUEUED)
            self._task = asyncio.create_task(self._run())

    async def write(self, line: bytes, received: float) -> None:
        if self._queue is None:
            self.writer.write(line)
            await self.writer.drain()
            return
        self._raise_failure()
        await self._queue.put((received + self.latency, line))

    async def flush(self) -> None:
        """Return once every reply queued was written; raise what writing one raised."""
        if self._queue is not None:
            await self._queue.join()
        self._raise_failure()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise OSError(*self._failure.args)

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            due, line = await self._queue.get()
            try:
                if self._failure is None:
                    delay = due - loop.time()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    self.writer.write(line)
                    if self._queue.empty():
                        await self.writer.drain()
            except OSError as exc:  # the client vanished: the connection reports it
                self._failure = exc
            finally:
                self._queue.task_done()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Abort with SO_LINGER 0, so that the client sees a reset rather than an orderly close."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _close_gracefully(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Send FIN after the last reply, read away what the client still sends, then close."""
    try:
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(CLOSE_GRACE):
            while await reader.read(CHUNK):
                pass
    except (OSError, TimeoutError):
        pass
    except asyncio.CancelledError:
        writer.transport.abort()
        raise
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
