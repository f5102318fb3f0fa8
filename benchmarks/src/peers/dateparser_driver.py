"""dateparser side of the NLP speed comparison, run by NlpSpeedComparison with /usr/bin/python3 as a child process.

Arguments: a manifest (lines "lang TAB yyyy-mm-dd TAB file") and the least number of seconds to measure. One untimed
warm-up pass, then whole passes until the time is used; only search_dates calls are timed. Prints one JSON line.
"""
import json
import sys
import time
from datetime import datetime

from dateparser.search import search_dates


def read(manifest):
    docs = []
    with open(manifest, encoding="utf-8") as lines:
        for line in lines:
            lang, reference, path = line.rstrip("\n").split("\t")
            with open(path, encoding="utf-8") as text:
                docs.append((lang, datetime.fromisoformat(reference), text.read()))
    return docs


def one_pass(docs):
    found = 0
    for lang, reference, text in docs:
        settings = {"RELATIVE_BASE": reference}
        found += len(search_dates(text, languages=[lang], settings=settings) or [])
    return found


def main():
    docs = read(sys.argv[1])
    min_seconds = float(sys.argv[2])
    one_pass(docs)
    seconds, passes, dates = 0.0, 0, 0
    while passes == 0 or seconds < min_seconds:
        start = time.perf_counter()
        dates = one_pass(docs)
        seconds += time.perf_counter() - start
        passes += 1
    size = sum(len(text.encode("utf-8")) for _, _, text in docs)
    print(json.dumps({"passes": passes, "documents": len(docs) * passes, "bytes": size * passes,
                      "seconds": round(seconds, 4), "dates": dates}))


if __name__ == "__main__":
    main()
