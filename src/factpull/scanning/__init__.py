"""The parts of the fast scan (``factpull.scan``), one concern per module."""
