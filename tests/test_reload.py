"""Live reload under load: a broken edit is refused with file:line and reason, the last good set keeps
serving, a good edit is picked up without a restart, and no request fails meanwhile."""
import logging
import re
import shutil
import threading
import time

from navigator.loader import PATHWAYS_DIR
from web import create_app

FACTS = {"host_country": "AR", "nationalities": ["VE"], "country_of_birth": "VE", "in_host_country": True,
         "has_passport": True, "passport_expiry_date": "2024-06-01", "criminal_record_5y": False,
         "entry_date": "2023-03-10"}


def test_broken_edit_under_load(tmp_path, caplog):
    rulebooks = tmp_path / "pathways"
    shutil.copytree(PATHWAYS_DIR, rulebooks)
    app = create_app({"TESTING": True, "SECRET_KEY": "reload", "RULEBOOKS": rulebooks, "LIVE_RELOAD": True,
                      "RELOAD_INTERVAL": 0.05})
    reloader = app.extensions["reloader"]
    sha_before = app.extensions["navigator"].rulebooks.sha256
    statuses, stop = [], threading.Event()

    def load():
        client = app.test_client()
        while not stop.is_set():
            r = client.post("/api/v1/evaluate", json={"facts": FACTS, "as_of": "2024-10-15"})
            statuses.append(r.status_code)

    threads = [threading.Thread(target=load) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        target = rulebooks / "ar" / "disp388.yaml"
        good_text = target.read_text()
        with caplog.at_level(logging.WARNING, logger="navigator.reload"):
            target.write_text(good_text.replace("fact: country_of_birth", "fact: country_of_brith", 1))
            deadline = time.time() + 30
            while reloader.refused == 0 and time.time() < deadline:
                time.sleep(0.05)
        assert reloader.refused == 1 and reloader.reloaded == 0
        assert any(re.search(r"disp388\.yaml:\d+:\d+: error: unknown fact 'country_of_brith'", m)
                   for m in reloader.last_problems), reloader.last_problems
        assert app.extensions["navigator"].rulebooks.sha256 == sha_before        # the last good set serves
        target.write_text(good_text.replace("Special regularisation for Venezuelans in Argentina",
                                            "Special regularisation for Venezuelans in Argentina (edited)"))
        deadline = time.time() + 30
        while reloader.reloaded == 0 and time.time() < deadline:
            time.sleep(0.05)
        assert reloader.reloaded == 1
        client = app.test_client()
        r = client.post("/api/v1/evaluate", json={"facts": FACTS, "as_of": "2024-10-15"})
        assert "(edited)" in r.json["pathways"][0]["title"]
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert statuses and set(statuses) == {200}, set(statuses)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "2024-06-01" not in logged          # nothing about the person in the log
