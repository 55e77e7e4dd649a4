"""HTML pages: the story's paragraphs, without the page's furniture."""

from __future__ import annotations

from bot.analysis.html import html_to_text


def test_furniture_by_role_class_and_id_is_dropped() -> None:
    html = (
        "<html><body><div class='share-bar'><a>Share</a><div>Tweet</div></div>"
        "<div role='navigation'>Home News World</div>"
        "<p class='byline'>By Jane Doe</p>"
        "<article><h1>UK tightens research vetting</h1>"
        "<p>The Home Office will require clearance for overseas researchers from 1 October.</p>"
        "<figure><img src='x.jpg'><p class='image-caption'>The Home Office in London.</p></figure>"
        "<div class='related-links'><p>Read more: visa fees rise</p></div>"
        "<p>About 13,000 applicants were affected last year.</p>"
        "<span aria-hidden='true'>Advertisement</span>"
        "<div id='newsletter_signup'>Sign up for our newsletter</div></article>"
        "<div class='comments'><p>Reply</p><p>Great news!</p></div></body></html>"
    )
    assert html_to_text(html) == (
        "UK tightens research vetting\n\n"
        "The Home Office will require clearance for overseas researchers from 1 October.\n\n"
        "About 13,000 applicants were affected last year."
    )


def test_an_unclosed_paragraph_inside_furniture_does_not_hide_the_story() -> None:
    html = "<div class='social'><p>Share<p>Tweet</div><p>The rule takes effect on 1 July.</p>"
    assert html_to_text(html) == "The rule takes effect on 1 July."


def test_words_inside_class_names_are_not_furniture() -> None:
    # "adapt", "thread", "shared-content" are not "ad", "read", "share".
    html = "<div class='adapted-layout'><p class='shared-content main'>Visa rules change.</p></div>"
    assert html_to_text(html) == "Visa rules change."
