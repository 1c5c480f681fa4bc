"""What a local server is set up with: where the practice is saved, limits, workers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

KB = 1024
MB = 1024 * KB


def default_config_dir() -> Path:
    """Return the user's config folder for worksheets (``~/.config/worksheets`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("worksheets", appauthor=False))


@dataclass(frozen=True)
class WebConfig:
    """A server's settings. Tests give their own folders; the defaults suit one person's machine."""

    config_dir: Path = field(default_factory=default_config_dir)
    content_dirs: tuple[Path, ...] = ()
    templates_dirs: tuple[Path, ...] = ()
    jobs: int = 1  # workshop workers; more need the "spawn" start method in a threaded server
    max_roster_bytes: int = 1 * MB
    max_logo_bytes: int = 2 * MB
    max_request_bytes: int = 3 * MB  # anything larger is refused before it is read
    preview_width_px: int = 560  # a page picture's width: sharp at the preview's size
    thumbnail_width_px: int = 220
    keep_jobs_seconds: int = 3600  # a finished workshop's zip is removed after an hour, or when taken

    @property
    def brand_file(self) -> Path:
        return self.config_dir / "brand.yaml"
