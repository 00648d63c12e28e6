"""Scrapes the inference service's /metrics and pushes the numbers to a Prometheus gateway."""
import os
import time
import urllib.request

from prometheus_client import CollectorRegistry, Gauge, push_to_gateway

TARGET = os.environ.get("TARGET_URL", "http://api:8000/metrics")
GATEWAY = os.environ.get("PUSHGATEWAY", "pushgateway:9091")


def scrape() -> dict:
    with urllib.request.urlopen(TARGET, timeout=5) as response:
        lines = response.read().decode().splitlines()
    return {name: float(value) for name, value in (line.split() for line in lines if line)}


def main() -> None:
    registry = CollectorRegistry()
    gauges = {}
    while True:
        for name, value in scrape().items():
            gauge = gauges.setdefault(name, Gauge(name, name, registry=registry))
            gauge.set(value)
        push_to_gateway(GATEWAY, job="ml-service", registry=registry)
        time.sleep(15)


if __name__ == "__main__":
    main()
