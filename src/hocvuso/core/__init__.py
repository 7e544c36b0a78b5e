"""Foundations every other layer uses: source positions, problems, text folding, author Markdown, base types."""
