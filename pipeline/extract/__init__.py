"""Extraction stage: officials, provinces, dates and slogans, each a pure function of text."""
