"""The app's url_for (web/__init__.py, NavigatorApp.url_for) keeps each plain in-request link once per site root:
it must give exactly Flask's URLs, under any mount point, and leave external, relative-endpoint and unusual
links to Flask."""
from flask import Flask, url_for

from web import create_app


def test_links_are_flasks_under_any_mount_point(navigator):
    app = create_app({"TESTING": True, "SECRET_KEY": "links"}, navigator=navigator)
    cases = [("kiosk.next_", {}), ("kiosk.start", {"timeout": 1}), ("kiosk.start", {"lang": "es"}),
             ("static", {"filename": "style.css"}), ("static", {"filename": "kiosk.js"}), ("clinic.form", {})]
    for root in ("", "/kiosk", "/other/place"):
        for _ in range(2):                        # the second time from the kept links
            with app.test_request_context("/", base_url="http://localhost" + root):
                for endpoint, values in cases:
                    assert url_for(endpoint, **values) == Flask.url_for(app, endpoint, **values), (root, endpoint)
                    assert url_for(endpoint, **values).startswith(root + "/")
    with app.test_request_context("/"):
        assert url_for("static", filename="style.css").startswith("/static/style.css?v=")   # fingerprinted
        assert url_for("kiosk.start", _external=True) == "http://localhost/"                # never kept
        assert url_for("kiosk.start", lang=["es"]) == Flask.url_for(app, "kiosk.start", lang=["es"])
    with app.test_request_context("/next", method="POST"):
        assert url_for(".start") == "/"           # relative to the request's blueprint: left to Flask
