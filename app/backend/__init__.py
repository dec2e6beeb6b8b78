"""The REST backend: the platform API client, its cache, payload models and errors."""
