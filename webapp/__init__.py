"""Témoin's explorer: a Flask app over the exported graph. It never parses text."""
