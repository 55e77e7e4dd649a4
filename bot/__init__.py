"""policybot: watches talent-mobility policy sources and posts structured Slack alerts."""

__version__ = "0.1.0"
