"""Pathway Navigator: which regular migration pathways are open to a person, why, and what is still unknown."""
__version__ = "0.1.0"
