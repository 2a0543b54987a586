"""Rows read again from their text instead of held: the import's memory bound.

A 100 MB export is some two million lines; held as Python tuples of strings it takes gigabytes.
The services keep the file's bytes once and give the parsers a `TextSource`, a function that
yields the decoded text again from the start, piece by piece. A first pass counts the rows and
keeps the first ones (the mapping step's sample); `Replayable` then behaves like the sequence of
all rows but parses them again on every iteration, so only one row at a time is alive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar, overload

T = TypeVar("T")
TextSource = Callable[[], Iterable[str]]

HEAD_ROWS = 110


def split_lines(pieces: Iterable[str], newline_only: bool = False) -> Iterator[str]:
    """The lines of text that arrives in pieces, cut as `str.splitlines(keepends=True)` cuts
    them (or at `\\n` only, as `io.StringIO` does, with `newline_only`), across piece borders."""
    carry = ""
    for piece in pieces:
        if not piece:
            continue
        text = carry + piece
        lines = text.split("\n") if newline_only else text.splitlines(keepends=True)
        if newline_only:
            carry = lines.pop()
            for line in lines:
                yield line + "\n"
            continue
        carry = lines.pop() if lines else ""
        yield from lines
        if carry.endswith("\r"):  # maybe the first half of a \r\n: wait for the next piece
            continue
        if carry and carry[-1] in "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
            yield carry
            carry = ""
    if carry:
        yield carry


class Replayable(Sequence[T]):
    """All rows of a file without holding them: `len` is counted once, `[:n]` of the first
    HEAD_ROWS rows is kept, and iterating parses the rows again through `make`."""

    def __init__(self, make: Callable[[], Iterator[T]], count: int, head: Sequence[T]) -> None:
        self._make = make
        self._count = count
        self._head = tuple(head)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        return self._make()

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if stop <= len(self._head) and step > 0:
                return self._head[index]
            return (
                tuple(islice(self._make(), start, stop, step)) if step > 0 else tuple(self)[index]
            )
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError(index)
        if position < len(self._head):
            return self._head[position]
        return next(islice(self._make(), position, None))
