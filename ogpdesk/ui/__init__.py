"""The window: Qt widgets that run core services through ``operations`` and show the store."""
