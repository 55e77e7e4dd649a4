"""Names vulture (the dead-code check in .ci/run) reports as unused but something outside our code uses.

Vulture reads this file with the code ([tool.vulture] in pyproject.toml): a name written here counts as
used. It is never imported or run. Functions registered by a decorator (Bolt listeners, pydantic
validators, pytest fixtures) are not listed: `ignore_decorators` covers them. Add a name only after checking
that a framework, the benchmarks or a file format really uses it, and say which.
"""

# ruff: noqa: B018, F821

# pydantic reads a model's configuration from this class attribute.
model_config

# html.parser.HTMLParser calls these on its subclasses (bot/analysis/html.py, bot/sources/feeds.py); the
# start-tag callbacks must take `attrs` even where the tag's attributes do not matter.
_.handle_starttag
_.handle_startendtag
_.handle_endtag
_.handle_data
attrs

# python-json-logger calls this hook on its formatter subclass (bot/runtime/logs.py).
_.process_log_record

# logging's Formatter reads LogRecord.exc_text, which bot/runtime/process.py clears on the records it rewrites.
_.exc_text

# Alembic reads these module attributes and calls downgrade() in each migration (bot/store/migrations/versions).
down_revision
branch_labels
depends_on
downgrade

# pytest reads a test module's marks from this module attribute.
pytestmark

# Printed by `policybot check --json` (model_dump of the cycle report), read by nothing in Python.
_.started_at

# Used by the benchmarks (bench/ is not scanned: scripts and their data, not the product).
synthetic_rows  # bench/slack.py fills its database with these rows
_.warmed  # bench/slack.py starts its clock once the runtime's search index is built

_.trained_on  # provenance in each learned model's JSON (bot/analysis/learned/): read by people and bench/, not the bot

# pytest calls these hooks in tests/conftest.py (each run's own PostgreSQL database, made and dropped).
pytest_configure
pytest_unconfigure
