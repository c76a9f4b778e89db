"""Documents: one model per output (``model.py``), built from the store, drawn by renderers.

See ``export.py`` for the registry of document kinds and file formats.
"""
