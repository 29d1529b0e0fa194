"""A SIP2 self-check client: one connection, one request in flight.

It logs in, asks the ACS status at start and as a heartbeat, frames on CR
(tolerating a stray LF), numbers every request (AY) and checks every answer
(AZ). On a 96 it resends the last request, on a damaged answer it asks for a
resend (97), each a limited number of times. A connection found dropped before
a request is sent is reopened and logged in again; an answer lost after sending
is reported as :class:`Sip2Timeout`, because resending a checkout blindly could
lend twice.
"""
from __future__ import annotations

import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime

from sync.sip2.codec import Message, SipParseError, decode, encode, format_date, make
from sync.sip2.messages import RESPONSE_TO
from sync.sip2.settings import Sip2Settings

#: Called with ("send" | "recv", raw frame, decoded message or None) for every frame.
Transcript = Callable[[str, bytes, Message | None], None]


#: The longest answer accepted; a patron with hundreds of loans fits many times over.
MAX_FRAME_BYTES = 64 * 1024

_ACS_RESEND = make("97")
_SC_STATUS = make("99", status_code="0", max_print_width="040", protocol_version="2.00")


class Sip2Error(Exception):
    """The ACS could not be reached or did not answer properly."""


class Sip2Timeout(Sip2Error):
    """A request was sent and no usable answer came in time (none, cut short, damaged
    beyond the resend limit, the wrong kind): it may or may not have been applied."""


class Sip2LoginError(Sip2Error):
    """The ACS refused the terminal's login (user, password or location)."""


class Sip2Client:
    """Talks SIP2 to one ACS. Thread-safe; requests are serialised."""

    def __init__(self, settings: Sip2Settings, transcript: Transcript | None = None,
                 clock: Callable[[], datetime] = datetime.now):
        self.settings = settings
        self.transcript = transcript
        self.clock = clock
        self.acs_status: Message | None = None
        self._sock: socket.socket | None = None
        self._buffer = b""
        self._sequence = 0
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None
        self._timeout = settings.timeout_s

    # -- connection ------------------------------------------------------------

    def connect(self) -> Message:
        """Open the connection, log in and ask the ACS status; returns the 98."""
        with self._lock:
            self.close_socket()
            s = self.settings
            try:
                sock = socket.create_connection((s.host, s.port), timeout=self._timeout)
                if s.tls:
                    context = ssl.create_default_context(cafile=s.tls_ca_file or None)
                    if s.tls_cert_file:
                        context.load_cert_chain(s.tls_cert_file, s.tls_key_file or None)
                    sock = context.wrap_socket(sock, server_hostname=s.host)
            except (OSError, ssl.SSLError) as exc:
                raise Sip2Error(f"cannot reach SIP2 server {s.host}:{s.port}: {exc}") from exc
            self._sock, self._buffer = sock, b""
            try:
                return self._login_and_status()
            except _Dropped:
                self.close_socket()
                raise Sip2Error(f"SIP2 server {s.host}:{s.port} closed the connection "
                                "at once") from None

    def _login_and_status(self) -> Message:
        s = self.settings
        if s.user:
            answer = self._exchange(make("93", {"CN": s.user, "CO": s.password,
                                                "CP": s.location or None},
                                         uid_algorithm="0", pwd_algorithm="0"))
            if not answer.flag("ok"):
                self.close_socket()
                raise Sip2LoginError(f"SIP2 server {s.host}:{s.port} refused login "
                                     f"for user {s.user!r}")
        self.acs_status = self._exchange(_SC_STATUS)
        return self.acs_status

    def status(self) -> Message:
        """Send SC status (99) and keep the ACS status (98) it answers with."""
        self.acs_status = self.request(_SC_STATUS)
        return self.acs_status

    def start_heartbeat(self) -> None:
        """Send SC status every ``heartbeat`` seconds so idle connections stay open."""
        if self.settings.heartbeat_s <= 0 or self._heartbeat:
            return
        self._stop.clear()
        self._heartbeat = threading.Thread(target=self._beat, name="sip2-heartbeat",
                                           daemon=True)
        self._heartbeat.start()

    def _beat(self) -> None:
        while not self._stop.wait(self.settings.heartbeat_s):
            try:
                self.status()
            except Sip2Error:
                pass  # the next request reconnects; the heartbeat only keeps lines warm

    def close_socket(self) -> None:
        with self._lock:
            if self._sock is not None:
                try:
                    self._sock.close()
                finally:
                    self._sock = None

    def close(self) -> None:
        self._stop.set()
        if self._heartbeat:
            self._heartbeat.join(timeout=self.settings.timeout_s)
            self._heartbeat = None
        self.close_socket()

    @property
    def connected(self) -> bool:
        return self._sock is not None

    # -- requests --------------------------------------------------------------

    @contextmanager
    def timeout(self, seconds: float | None):
        """Within the block, wait at most ``seconds`` for each answer (None: the setting)."""
        with self._lock:
            saved = self._timeout
            self._timeout = seconds or saved
            try:
                yield
            finally:
                self._timeout = saved

    def now(self) -> str:
        return format_date(self.clock())

    def request(self, message: Message) -> Message:
        """Send ``message`` and return its answer, (re)connecting first if needed."""
        with self._lock:
            if self._sock is None:
                status = self.connect()
                if message.code == "99":
                    return status
            try:
                return self._exchange(message)
            except _Dropped:
                # The peer closed before our request went out: nothing was applied.
                self.connect()
                return self._exchange(message)

    def _exchange(self, message: Message) -> Message:
        """One request and its answer, all within one deadline (``timeout``): a server
        that drips bytes, streams without CR or floods stray answers cannot hold us."""
        deadline = time.monotonic() + self._timeout
        expected = RESPONSE_TO.get(message.code)
        self._sequence = (self._sequence + 1) % 10
        sequence = self._sequence if self.settings.error_detection else None
        frame = encode(message, sequence, encoding=self.settings.encoding)
        self._send(frame, message, deadline, fresh=True)
        resends = skipped = 0
        asked_resend = False  # after our 97 the repeated answer may carry any AY (Evergreen: 0)
        while True:
            try:
                answer = self._receive(deadline)
            except Sip2Timeout as exc:
                if not skipped:
                    raise
                raise Sip2Timeout(f"{exc} ({skipped} answers with another sequence number "
                                  "skipped)") from exc
            if answer is None or answer.code == "96":
                resends += 1
                if resends > self.settings.resend_limit:
                    self.close_socket()
                    raise Sip2Timeout(f"no clean answer to {message.layout.name} after "
                                      f"{self.settings.resend_limit} resends")
                asked_resend = answer is None
                if asked_resend:  # damaged answer: ask the ACS to send it again
                    self._send(encode(_ACS_RESEND, encoding=self.settings.encoding,
                                      error_detection=self.settings.error_detection),
                               _ACS_RESEND, deadline)
                else:  # the ACS saw our frame damaged: send it again, same number
                    self._send(frame, message, deadline)
                continue
            stray = sequence is not None and answer.sequence not in (None, sequence)
            if stray and not asked_resend:
                skipped += 1
                continue  # a late answer to an earlier request; ours follows
            if expected and answer.code != expected:
                self.close_socket()
                raise Sip2Timeout(f"SIP2 server answered {message.layout.name} with "
                                  f"{answer.code}, expected {expected}")
            return answer

    def _send(self, frame: bytes, message: Message | None, deadline: float,
              fresh: bool = False) -> None:
        if self.transcript:
            self.transcript("send", frame, message)
        try:
            sock = self._open_socket()
            if fresh and self._peer_closed(sock):
                raise _Dropped()
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            sock.sendall(frame)
        except OSError as exc:
            self.close_socket()
            if fresh:
                raise _Dropped() from exc
            raise Sip2Timeout(f"connection lost while resending: {exc}") from exc

    def _open_socket(self) -> socket.socket:
        """The connection an exchange uses. Exchanges run under the lock right after
        (re)connecting, so a closed one here is a bug in this class, said plainly."""
        if self._sock is None:
            raise Sip2Error(f"not connected to SIP2 server "
                            f"{self.settings.host}:{self.settings.port}")
        return self._sock

    def _peer_closed(self, sock: socket.socket) -> bool:
        """True when the idle connection ``sock`` was closed by the server. Anything else
        waiting is stale (an ACS never speaks unasked) and is thrown away."""
        if not select.select([sock], [], [], 0)[0]:
            return False
        sock.setblocking(False)
        try:
            stale = sock.recv(4096)
        except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
            return False  # e.g. a TLS session ticket: no application data
        except OSError:
            return True
        finally:
            sock.settimeout(self._timeout)
        self._buffer = b""
        return not stale

    def _receive(self, deadline: float) -> Message | None:
        """Read one CR-terminated frame by ``deadline``; None when it arrived damaged,
        unreadable, or without the AY/AZ trailer error detection requires."""
        sock = self._open_socket()
        while b"\r" not in self._buffer:
            if len(self._buffer) > MAX_FRAME_BYTES:
                self.close_socket()
                raise Sip2Timeout(f"SIP2 server sent more than {MAX_FRAME_BYTES} bytes "
                                  "without ending the frame")
            left = deadline - time.monotonic()
            try:
                if left <= 0:
                    raise TimeoutError
                sock.settimeout(left)
                chunk = sock.recv(4096)
            except TimeoutError as exc:
                self.close_socket()
                raise Sip2Timeout(f"no complete answer from SIP2 server within "
                                  f"{self._timeout:g} s") from exc
            except OSError as exc:
                self.close_socket()
                raise Sip2Timeout(f"connection lost waiting for an answer: {exc}") from exc
            if not chunk:
                self.close_socket()
                raise Sip2Timeout("SIP2 server closed the connection before answering"
                                  + (" (a partial frame)" if self._buffer.strip() else ""))
            self._buffer += chunk
        frame, _, self._buffer = self._buffer.partition(b"\r")
        frame = frame.strip(b"\n") + b"\r"
        if len(frame) > MAX_FRAME_BYTES:
            answer = None
        else:
            try:
                answer = decode(frame, encoding=self.settings.encoding)
            except SipParseError:
                answer = None
        if answer is not None and self.settings.error_detection and answer.checksum is None:
            answer = None  # cut short: a frame without its checksum cannot be trusted
        if self.transcript:
            self.transcript("recv", frame, answer)
        return answer


class _Dropped(Exception):
    """Internal: the connection was gone before the request left."""
