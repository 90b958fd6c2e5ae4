"""Rasa custom actions, served by `rasa run actions` on port 5055."""
