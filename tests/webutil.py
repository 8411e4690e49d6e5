"""Drive the web interview like a person: answer each question from a persona's facts, or "I don't know"."""
import datetime as dt
import re

STATE = re.compile(r'name="state" value="([^"]*)"')
FACT = re.compile(r'name="fact" value="([^"]*)"')
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Person:
    def __init__(self, client, lang="en"):
        self.client, self.lang = client, lang
        page = client.get(f"/?lang={lang}").data.decode()
        self.csrf = CSRF.search(page).group(1)
        self.html = page
        self.asked = []

    def post(self, url, **data):
        data.setdefault("csrf", self.csrf)
        resp = self.client.post(url, data=data)
        self.html = resp.data.decode()
        return resp

    @property
    def state(self):
        m = STATE.search(self.html)
        return m.group(1) if m else ""

    @property
    def question(self):
        if 'name="action" value="dontknow"' not in self.html:
            return None
        return FACT.search(self.html).group(1)

    def answer_form(self, fact_id, value):
        """The form fields a person fills in for this fact's widget."""
        if isinstance(value, bool):
            return {"value": "yes" if value else "no"}
        if isinstance(value, list) and fact_id == "nationalities":
            return {f"value{i}": v for i, v in enumerate(value)}
        if isinstance(value, list) and not value:
            return {"value": "none"}
        if isinstance(value, list) and "country" in value[0]:
            d = dt.date.fromisoformat(value[0]["date"])
            return {"value": "some", "country": value[0]["country"], "day": d.day, "month": d.month, "year": d.year}
        if isinstance(value, list) and "status" in value[0]:
            d = dt.date.fromisoformat(value[0]["expires"])
            return {"value": value[0]["status"], "day": d.day, "month": d.month, "year": d.year}
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return {"day": d.day, "month": d.month, "year": d.year}
        return {"value": value}

    def interview(self, facts, max_steps=60):
        """Start, then answer every question asked until the check-your-answers page."""
        self.post("/next", state="")
        for _ in range(max_steps):
            fact = self.question
            if fact is None:
                return self
            self.asked.append(fact)
            if facts.get(fact) is None:
                self.post("/next", state=self.state, fact=fact, action="dontknow")
            else:
                self.post("/next", state=self.state, fact=fact, action="answer", **self.answer_form(fact, facts[fact]))
        raise AssertionError(f"interview did not end after {max_steps} questions: {self.asked}")

    def results(self):
        self.post("/results", state=self.state)
        return self.html
