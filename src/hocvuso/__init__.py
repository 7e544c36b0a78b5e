"""Học vụ số: a static-site e-learning course generator for digital literacy."""

__version__ = "0.1.0"
