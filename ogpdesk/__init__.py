"""ogpdesk: an offline desk for participatory meetings."""

__version__ = "0.1.0"
