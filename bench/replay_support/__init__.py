"""Support code for bench/replay.py: the local feed server and the scoring of what reached Slack."""
