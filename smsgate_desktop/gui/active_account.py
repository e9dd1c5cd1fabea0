"""The account the window works with now, as one object handed to every panel when it changes
(`set_account`), so no panel reads it through a lambda or the worker's private settings."""

from __future__ import annotations

from dataclasses import dataclass

from ..profiles import Profile
from .worker import WorkerHandle


@dataclass(frozen=True, slots=True)
class ActiveAccount:
    profile: Profile
    handle: WorkerHandle | None = None  # None: not connected (no password given yet)

    @property
    def region(self) -> str:
        """Where national numbers are read (the profile's default country)."""
        return self.profile.default_region

    @property
    def zone(self) -> str:
        """The gateway's time zone, for scheduled sends."""
        return self.profile.gateway_timezone

    @property
    def interface(self) -> str:
        return self.profile.interface
