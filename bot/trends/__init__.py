"""Trends over time: weekly counts of stored stories (`counts`), their chart (`chart`), the weekly brief's
text (`brief`), and the I/O that reads the store, renders off the event loop and uploads (`service`)."""
