"""Errors that name the place, the problem and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One finding about a file: where, what is wrong, how to fix it."""

    path: str
    line: int | None
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem} — {self.fix}"


class ArchiveError(Exception):
    """Base class: carries a Problem."""

    def __init__(self, path: str, line: int | None, problem: str, fix: str) -> None:
        self.finding = Problem(path, line, problem, fix)
        super().__init__(path, line, problem, fix)

    def __str__(self) -> str:
        return str(self.finding)


class SeedError(ArchiveError):
    """A seed cannot be published; reported and counted, never fatal."""


class DataError(ArchiveError):
    """A data file or the configuration is wrong; stops the build."""


class InternalError(SeedError):
    """A bug met while reading one seed: reported like a SeedError, never cached."""
