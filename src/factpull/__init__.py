"""factpull: numeric claims from news text, each with value, unit, subject and source sentence.

>>> import factpull
>>> claims = factpull.extract("Police arrested 17,000 suspects.")
>>> claims[0].value, claims[0].subject
(17000.0, 'suspects')
"""

from factpull.claims import FIELD_NAMES, SCHEMA_VERSION, Claim
from factpull.extractor import Extractor, extract
from factpull.pipeline import ModelNotFoundError

__version__ = "0.1.0"
__all__ = [
    "FIELD_NAMES",
    "SCHEMA_VERSION",
    "Claim",
    "Extractor",
    "ModelNotFoundError",
    "__version__",
    "extract",
]
