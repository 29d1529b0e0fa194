"""Work around PySide6 6.12.0 on Python 3.11: every call of a Qt method that
returns nothing (setText, move, setBold…) takes one reference from None
without having given it (measured: -1 per call), and True and False suffer
the same way. Python 3.11's singletons are not immortal, so a long test
session reaches zero and aborts at exit ("none_dealloc: deallocating None",
"bool_dealloc"). Raising their counts by a billion makes them as good as
immortal (as Python 3.12 makes them); they are never freed anyway. The
terminal itself needs a fixed PySide6 or Python 3.12+ (reported).
"""
import ctypes
import sys

if sys.version_info < (3, 12):
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1_000_000_000
