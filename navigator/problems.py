"""Errors that name where and what: a rulebook problem points at file:line:column, an input error at a field."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    expected: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return text + (f" (expected {self.expected})" if self.expected else "")


class RulebookError(Exception):
    """A rulebook set that failed the checker; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FieldError(Exception):
    """One bad field: which, what is wrong, what was expected."""

    def __init__(self, field: str, message: str, expected: str | None = None):
        super().__init__(field, message, expected)
        self.field, self.message, self.expected = field, message, expected

    def __str__(self) -> str:
        text = f"{self.field}: {self.message}"
        return text + (f" (expected {self.expected})" if self.expected else "")


class InputError(Exception):
    """Bad facts from a person, a form or a file; lists every bad field so all can be fixed at once."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))
