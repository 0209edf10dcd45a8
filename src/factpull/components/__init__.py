"""factpull's spaCy pipeline components, registered with ``@Language.factory``."""

from factpull.components.attributes import TagAttributes, make_tag_attributes
from factpull.components.quantities import QuantityDetector, make_quantity_detector
from factpull.components.roles import RoleFinder, make_role_finder

__all__ = [
    "QuantityDetector", "RoleFinder", "TagAttributes", "make_quantity_detector",
    "make_role_finder", "make_tag_attributes",
]  # fmt: skip
