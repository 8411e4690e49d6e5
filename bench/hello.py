"""The floor for the load benchmark: a Flask hello-world page served the same way (gunicorn, 2 workers)."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "<!doctype html><title>hello</title><p>Hello, world</p>"
