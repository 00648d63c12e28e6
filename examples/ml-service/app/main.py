"""A tiny sentiment inference service: one model, loaded once, served over HTTP."""
import os
import time

import numpy as np
import onnxruntime as ort
from fastapi import FastAPI
from pydantic import BaseModel
from tokenizers import Tokenizer

MODEL_PATH = os.environ.get("MODEL_PATH", "/models/sentiment.onnx")
TOKENIZER_PATH = os.environ.get("TOKENIZER_PATH", "/models/tokenizer.json")
LABELS = ("negative", "positive")

app = FastAPI(title="ml-service")
session = ort.InferenceSession(MODEL_PATH, providers=["CPUExecutionProvider"])
tokenizer = Tokenizer.from_file(TOKENIZER_PATH)
requests_total = 0
latency_seconds_total = 0.0


class Query(BaseModel):
    text: str


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.get("/metrics")
def metrics() -> str:
    return f"requests_total {requests_total}\nlatency_seconds_total {latency_seconds_total}\n"


@app.post("/predict")
def predict(query: Query) -> dict:
    global requests_total, latency_seconds_total
    started = time.perf_counter()
    ids = np.array([tokenizer.encode(query.text).ids], dtype=np.int64)
    logits = session.run(None, {"input_ids": ids})[0][0]
    probabilities = np.exp(logits) / np.exp(logits).sum()
    requests_total += 1
    latency_seconds_total += time.perf_counter() - started
    best = int(probabilities.argmax())
    return {"label": LABELS[best], "score": float(probabilities[best])}
