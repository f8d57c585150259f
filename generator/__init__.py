"""Article Explainer: turn news articles into explainer pages of a searchable MkDocs site."""

from __future__ import annotations

__version__ = "0.1.0"
