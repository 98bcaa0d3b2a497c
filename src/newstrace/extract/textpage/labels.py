"""The label each line of a text page gets: ``body`` or why it was removed.

The reason codes are part of the JSON form (`removed[].reason`): keep them
stable, add new ones rather than renaming.
"""

from __future__ import annotations

from typing import Final

__all__ = ["BODY", "REASONS"]

BODY: Final = "body"

REASONS: Final = frozenset(
    {
        "navigation",  # menus, breadcrumbs, skip links, section lists
        "footer",  # copyright, legal and site-information lines
        "share",  # share / follow buttons and social links
        "subscribe",  # newsletter, sign-up, paywall prompts
        "advert",  # advertisement markers and sponsored content
        "cookie",  # cookie and consent notices
        "comments",  # comment counts, forms and threads
        "title",  # the article's title line
        "duplicate-title",  # the title repeated
        "duplicate",  # a body line repeated further down the page
        "dek",  # the standfirst
        "byline",  # authors and/or date line
        "date",  # a date or time on its own
        "caption",  # an image caption and credit
        "related",  # teasers for other articles, "also read"
        "sourcing",  # "With input from agencies", "(Reporting by ...)"
        "tags",  # topic and tag lists
        "boilerplate",  # other page furniture outside the article
    }
)
