"""What the web layer reuses between requests to cut a request's cost (docs/adr/0006-web-request-cost.md):
links, never anything about the person; and template lookups that give what Jinja's own would."""
import re

import pytest
from jinja2 import Undefined

from web import create_app


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


def _links(html):
    return sorted(set(re.findall(r'(?:href|action|formaction|data-start-url)="([^"]+)"', html)))


def test_a_link_made_once_is_made_again_for_another_mount_point(app):
    """The templates' URL cache is keyed by SCRIPT_NAME: the same page mounted under /kiosk links under /kiosk,
    and the root page after it still links to the root."""
    client = app.test_client()
    root = _links(client.get("/").get_data(as_text=True))
    mounted = _links(client.get("/", base_url="http://localhost/kiosk/").get_data(as_text=True))
    again = _links(client.get("/").get_data(as_text=True))
    assert root == again and "/next" in root and "/static/style.css" in " ".join(root)
    assert "/kiosk/next" in mounted and not any(link.startswith("/next") for link in mounted)


def test_a_link_with_a_list_argument_or_an_anchor_is_built_by_flask(app):
    url_for = app.jinja_env.globals["url_for"]
    with app.test_request_context("/"):
        assert url_for("kiosk.start", _anchor="main") == "/#main"
        assert url_for("kiosk.start", lang=["es", "pt"]) == "/?lang=es&lang=pt"
        assert url_for("kiosk.start", timeout=1) == url_for("kiosk.start", timeout=1) == "/?timeout=1"


def test_template_lookups_give_what_jinja_gives(app):
    """A dict's field read directly (c.title), a missing one Undefined, a dict's own method still the method;
    a function marked pass_context still gets the context."""
    from jinja2 import pass_context
    env = app.jinja_env

    @pass_context
    def who(context):
        return context["name"]
    with app.test_request_context("/"):
        t = env.from_string("{{ c.title }}|{{ c.missing is undefined }}|{{ c.items()|list|length }}|{{ who() }}"
                            "|{{ f(1, k=2) }}")
        assert t.render(c={"title": "T", "x": 1}, who=who, name="N", f=lambda a, k: a + k) == "T|True|2|N|3"
        assert isinstance(env.getattr({}, "nothing"), Undefined)
