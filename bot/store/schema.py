"""The database schema (SQLAlchemy Core). Same tables on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

TS = sa.DateTime(timezone=True)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    # Fetch state: validators for conditional GET and the health shown by `sources list`.
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("body_hash", sa.String(64)),
    sa.Column("polls", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_polled_at", TS),
    sa.Column("last_success_at", TS),
    sa.Column("last_error", sa.Text),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll_at", TS),
    sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
    # Failure handling: when the current streak began, and the pause it led to (shown to operators).
    sa.Column("failing_since", TS),
    sa.Column("paused_until", TS),
    sa.Column("pause_reason", sa.Text),
    # Page watching: the main text last alerted on (the baseline a change is measured against).
    sa.Column("page_title", sa.Text),
    sa.Column("page_text", sa.Text),
    sa.Column("page_digest", sa.String(64)),
    # Replicas: the replica polling this source now, until when. A poll claims its source with a short
    # lease (renewed while the poll runs) and the poll's own write clears it; a dead replica's lease
    # simply expires and another replica takes the source.
    sa.Column("lease_owner", sa.String(96)),
    sa.Column("lease_until", TS),
    sa.Index("ix_sources_next_poll", "next_poll_at"),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("features", sa.JSON, nullable=False),
    sa.Column("lead_item_id", sa.Integer),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    # Story placement reads the clusters updated within its window, and then only the newly updated ones.
    sa.Index("ix_clusters_updated", "updated_at"),
)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.String(64), nullable=False),
    sa.Column("guid", sa.Text, nullable=False),
    # Identity across sources and re-publications: canonical URL, or outlet+title for redirect links.
    sa.Column("dedup_key", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("published", TS),
    sa.Column("outlet", sa.String(200), nullable=False),
    sa.Column("language", sa.String(16), nullable=False, server_default="en"),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("first_seen", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.Column("analysis", sa.JSON),
    sa.Column("relevant", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id")),
    # "feed" or "article" (the text was fetched from the item's page, and the feed's snippet must not
    # overwrite it). content_hash is always of the feed's title and text, so polls compare like with like.
    sa.Column("text_source", sa.String(16), nullable=False, server_default="feed"),
    # Work left for the analysis/routing stage: "new" (alert if relevant), "quiet" (new but older than
    # the first poll's backfill window: analyse and cluster, never alert), "updated" (re-analyse, never
    # alert); NULL when done. Kept in the row so that a crash between storing and routing loses nothing.
    sa.Column("pending", sa.String(8)),
    # Retention (bot/store/retention.py): when the text was cut to its first COMPACT_CHARS characters.
    sa.Column("compacted_at", TS),
    sa.UniqueConstraint("source_id", "guid", name="uq_items_source_guid"),
    sa.Index("ix_items_dedup_key", "dedup_key"),
    sa.Index("ix_items_pending", "source_id", "pending"),
    sa.Index("ix_items_cluster", "cluster_id"),
    # Retention finds old irrelevant items and old uncompacted texts without reading every row.
    sa.Index("ix_items_relevant_first_seen", "relevant", "first_seen"),
    sa.Index("ix_items_compacted_first_seen", "compacted_at", "first_seen"),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("query", sa.Text, nullable=False),
    sa.Column("created_by", sa.String(32), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    # "immediate": an alert per story as it comes; "daily": one digest a day (POLICYBOT_DIGEST_HOUR).
    sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
    sa.UniqueConstraint("channel", "query", name="uq_subscriptions_channel_query"),
)

# The outbox: one row per (cluster, channel); the unique constraint is what makes delivery idempotent.
alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
    sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("ts", sa.String(32)),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("posted_at", TS),
    # "immediate" or "daily" (held until the digest hour, then posted in one digest with the others).
    sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
    # Posted inside a digest message (flood control or daily) rather than as a message of its own;
    # several alerts then share one ts.
    sa.Column("digest", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("cluster_id", "channel", name="uq_alerts_cluster_channel"),
    sa.Index("ix_alerts_message", "channel", "ts"),
    sa.Index("ix_alerts_due", "state", "next_attempt_at"),
)

# A story alerted in a channel changed (another outlet, a new status): the original message is edited
# and one threaded note is added. One row per (alert, item that brought the change): idempotent.
alert_updates = sa.Table(
    "alert_updates",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
    sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
    sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("ts", sa.String(32)),  # the threaded note
    sa.Column("created_at", TS, nullable=False),
    sa.Column("posted_at", TS),
    sa.UniqueConstraint("alert_id", "item_id", name="uq_alert_updates_alert_item"),
    sa.Index("ix_alert_updates_due", "state", "next_attempt_at"),
)

# Channels Slack refused for good (channel_not_found, not_in_channel, is_archived, invalid_auth): their
# subscriptions are shown as broken and get no alerts until someone subscribes there again.
broken_channels = sa.Table(
    "broken_channels",
    metadata,
    sa.Column("channel", sa.String(32), primary_key=True),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("broken_at", TS, nullable=False),
    sa.Column("notified_at", TS),  # owners told once
)

# "Not relevant" clicks: the story's profile (tags and salient words) lowers similar items in that channel.
feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("cluster_id", sa.Integer, nullable=False),
    sa.Column("user_id", sa.String(32), nullable=False),
    sa.Column("profile", sa.JSON, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("channel", "cluster_id", "user_id", name="uq_feedback_channel_cluster_user"),
)

# "Mute similar": a channel stops hearing of one story ("cluster:12") or of a query ("query:jurisdiction:CN ...").
mutes = sa.Table(
    "mutes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("key", sa.String(600), nullable=False),
    sa.Column("cluster_id", sa.Integer),
    sa.Column("query", sa.Text),
    sa.Column("created_by", sa.String(32), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("channel", "key", name="uq_mutes_channel_key"),
)

# Slack delivers events at least once: remember which ones were handled.
seen_events = sa.Table(
    "seen_events",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("seen_at", TS, nullable=False),
)

# Replicas: named leases for work that is not a row of its own (delivery to one channel). Whoever holds
# "deliver:C123" posts to that channel until `expires_at`; holders renew before every post.
leases = sa.Table(
    "leases",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("owner", sa.String(96), nullable=False),
    sa.Column("expires_at", TS, nullable=False),
)

# Weekly briefs: one row per (channel, week), made by whichever replica first sees the week's slot pass;
# the unique constraint is what makes "one brief per channel per week" hold across replicas and restarts.
# Posted under the channel's delivery lease; `attempts` counted before each try, so a successor knows to
# look for an earlier try's message (by the chart's unique file name, or the text's metadata) first.
briefs = sa.Table(
    "briefs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("week_end", TS, nullable=False),  # the slot: the brief covers the 7 days before it
    sa.Column("queries", sa.JSON, nullable=False),  # the weekly subscriptions' queries; [] = every story
    sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("ts", sa.String(32)),
    sa.Column("file_id", sa.String(32)),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("posted_at", TS),
    sa.UniqueConstraint("channel", "week_end", name="uq_briefs_channel_week"),
    sa.Index("ix_briefs_due", "state", "next_attempt_at"),
)
