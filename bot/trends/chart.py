"""The chart: stories per week, stacked, as a PNG. Pure (series in, bytes out) and CPU-bound: callers
run it off the event loop (`asyncio.to_thread`). matplotlib is imported on first use, inside the
function, so importing this module (and so acking `/policy`) never waits for it; the object-oriented
API with the Agg canvas keeps it free of pyplot's global state, so renders in threads do not interfere.
"""

from __future__ import annotations

import io
import time
from collections.abc import Mapping

from bot.trends.counts import Series

# Okabe & Ito's palette: told apart with every common colour-vision deficiency (and in greyscale by
# lightness, mostly); black is kept for text.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
# Slack previews an image at roughly 360-600 px wide; drawn at 1000 x 500 px with text of 15-20 px,
# labels stay readable at half that size. (A fixed layout instead of tight_layout: it halves render time.)
WIDTH_IN, HEIGHT_IN, DPI = 10.0, 5.0, 100
FONT_PT = 13


def chart_title(description: str, series: Series) -> str:
    last_day = series.end.date().fromordinal(series.end.date().toordinal() - 1)
    span = f"{series.weeks[0]:%d %b %Y} – {last_day:%d %b %Y}"
    what = description if len(description) <= 60 else description[:59] + "…"
    return f"Stories per week: {what}\n{span}"


def render_png(series: Series, description: str, *, marked: str = "this week",
               label_of: Mapping[str, str] | None = None) -> bytes | None:
    """The stacked bar chart as PNG bytes, or None when there is nothing to show (no story in any week)."""
    if series.empty:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # lazy: see the module docstring
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    label_of = label_of or {}
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    x = list(range(len(series.weeks)))
    bottom = [0] * len(x)
    handles = []
    # One collection of rectangles per stack, not a patch per bar: a third of the render time saved.
    for n, (label, counts) in enumerate(zip(series.labels, series.counts, strict=True)):
        colour = PALETTE[n % len(PALETTE)]
        boxes = [[(k - 0.36, b), (k + 0.36, b), (k + 0.36, b + c), (k - 0.36, b + c)]
                 for k, (b, c) in enumerate(zip(bottom, counts, strict=True)) if c]
        ax.add_collection(PolyCollection(boxes, facecolors=colour, edgecolors="white", linewidths=0.6), autolim=False)
        handles.append(Patch(facecolor=colour, label=label_of.get(label, label)))
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set_xlim(-0.6, len(x) - 0.4)
    top = max(series.totals)
    for k, total in enumerate(series.totals):  # every week says its total, zeros included
        ax.text(k, total + top * 0.02, str(total), ha="center", va="bottom", fontsize=FONT_PT - 1, color="#222222")
    last = len(x) - 1
    ax.axvspan(last - 0.5, last + 0.5, color="#000000", alpha=0.07, zorder=0)
    ax.annotate(marked, xy=(last + 0.45, top * 1.13), ha="right", va="bottom", fontsize=FONT_PT - 1,
                fontweight="bold", color="#222222")
    ax.set_ylim(0, top * 1.3 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xticks(x, [f"{w:%d}\n{w:%b}" for w in series.weeks], fontsize=FONT_PT - 2)
    ax.tick_params(axis="y", labelsize=FONT_PT - 1)
    ax.set_ylabel("stories", fontsize=FONT_PT)
    # An explicit y spares matplotlib working out the title's place around the axes at every draw.
    ax.set_title(chart_title(description, series), fontsize=FONT_PT + 1, loc="left", y=1.03)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=handles, title=f"by {series.by}", fontsize=FONT_PT - 2, title_fontsize=FONT_PT - 2, frameon=False,
              loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.subplots_adjust(left=0.07, right=0.78, top=0.84, bottom=0.17)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": 3})
    return out.getvalue()


def timed_render(series: Series, description: str, *, marked: str = "this week",
                 label_of: Mapping[str, str] | None = None) -> tuple[bytes | None, float]:
    """`render_png` and how long it took in milliseconds (measured where it runs: the render worker)."""
    started = time.perf_counter()
    png = render_png(series, description, marked=marked, label_of=label_of)
    return png, (time.perf_counter() - started) * 1000
