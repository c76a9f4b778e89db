"""The store and the services of ogpdesk. Nothing in this package imports Qt."""
