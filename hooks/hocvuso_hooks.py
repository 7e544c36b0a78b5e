"""MkDocs hooks: thin adapters; all logic lives in the ``hocvuso`` package."""

from hocvuso.adapters.mkdocs_hooks import (
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_page_content,
    on_page_context,
    on_page_markdown,
    on_post_build,
    on_post_page,
    on_post_template,
    on_startup,
)

__all__ = [
    "on_build_error",
    "on_config",
    "on_env",
    "on_files",
    "on_page_content",
    "on_page_context",
    "on_page_markdown",
    "on_post_build",
    "on_post_page",
    "on_post_template",
    "on_startup",
]
