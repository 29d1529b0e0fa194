"""A TCP relay between our client and the SIP2 server that can damage frames.

Line noise cannot be ordered on loopback, so the relay plays the bad line: it
passes whole CR-terminated frames and lets a test rewrite any of them, and it
can terminate TLS in front of the plain-TCP pysip2 server. A rewrite may also
return an iterator of chunks (a server that streams or floods), and ``reply``
lets the relay answer a request itself instead of passing it on (a server
that handles some message its own way, like Evergreen's 97, see faults.py).
"""
from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterable

Rewrite = Callable[[bytes], bytes | Iterable[bytes]]
Reply = Callable[[bytes], bytes | None]


class Relay:
    def __init__(self, target_port: int, *, up: Rewrite | None = None,
                 down: Rewrite | None = None, tls: ssl.SSLContext | None = None,
                 reply: Reply | None = None):
        self.target_port = target_port
        self.up, self.down, self.tls = up or (lambda f: f), down or (lambda f: f), tls
        self.reply = reply or (lambda f: None)
        self.frames_up: list[bytes] = []  # what the client sent, before rewriting
        self.frames_down: list[bytes] = []  # what the server answered, before rewriting
        self._open: list[socket.socket] = []
        self.port = 0
        self.start()

    def start(self) -> None:
        """Listen (again, on the same port after :meth:`close`)."""
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self.tls:
                try:
                    client = self.tls.wrap_socket(client, server_side=True)
                except (OSError, ssl.SSLError):
                    client.close()
                    continue
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._open += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True, client),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False, None),
                             daemon=True).start()

    def _pump(self, source, sink, upward: bool, client) -> None:
        """Pass frames one way; the rewrite is looked up per frame, so a test may
        change the line's faults while a connection is open."""
        buffer = b""
        try:
            while chunk := source.recv(4096):
                buffer += chunk
                while b"\r" in buffer:
                    frame, _, buffer = buffer.partition(b"\r")
                    frame += b"\r"
                    (self.frames_up if upward else self.frames_down).append(frame)
                    if upward and (answer := self.reply(frame)) is not None:
                        client.sendall(answer)
                        continue
                    out = (self.up if upward else self.down)(frame)
                    for piece in ([out] if isinstance(out, bytes) else out):
                        sink.sendall(piece)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def drop(self) -> None:
        """Cut every open connection, as a restarted server or a NAT timeout does."""
        for s in self._open:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        self._open.clear()

    def close(self) -> None:
        """The line goes dead: open connections are cut and new ones refused."""
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self._listener.close()
        self.drop()


def damage(frame: bytes) -> bytes:
    """Flip one bit in the middle of a frame, as line noise would."""
    middle = len(frame) // 2
    return frame[:middle] + bytes([frame[middle] ^ 0x04]) + frame[middle + 1:]


def damage_first(count: int, code: bytes | None = None) -> Rewrite:
    """A rewrite that damages the first ``count`` frames (of command ``code``, if given)."""
    left = [count]

    def rewrite(frame: bytes) -> bytes:
        if left[0] > 0 and (code is None or frame.lstrip(b"\n").startswith(code)):
            left[0] -= 1
            return damage(frame)
        return frame
    return rewrite
