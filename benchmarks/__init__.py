"""Benchmarks: extraction quality on annotated corpora, and speed (`python3 dev.py bench NAME`)."""
