"""Tools for authors: starting files (``hocvuso new``) and JSON Schemas for editors."""
