"""Adapters to the tools around the package: Python-Markdown, MkDocs (with Material), the command line."""
