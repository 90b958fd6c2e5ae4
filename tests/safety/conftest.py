"""Make the repository root importable (``import bot.safety``) however pytest is started, and share one crisis
detector between the safety tests."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.safety.detector import CrisisDetector, get_detector  # noqa: E402  (needs ROOT on the path)


@pytest.fixture(scope="session")
def detector() -> CrisisDetector:
    """The process-wide crisis detector (built once, about a second)."""
    return get_detector()
