"""Reads a Gatling report's statistics table (index.html: Gatling 3.12 and later write no stats.json).

Usage: report.py <index.html> total <asked rate>   one line: asked, served r/s, p50, p95, p99, max, requests, errors
       report.py <index.html> requests             one line per request: name, count, p50, p95, p99, max, errors
"""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
rows = []
for block in re.findall(r"<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>", page, re.S):
    name = re.search(r"class=\"ellipsed-name\">(.*?)</span>", block, re.S)
    cells = dict(re.findall(r"class=\"value [a-z]+ col-(\d+)\">([^<]*)</td>", block))
    if name and cells:
        rows.append((html.unescape(name.group(1)), cells))


def number(cells, column):
    text = cells.get(str(column), "0").replace(",", "")
    return float(text) if text not in ("", "-") else 0.0


if sys.argv[2] == "total":
    name, c = rows[0]
    print("%8s %10.1f %6d %6d %6d %6d %8d %7d" % (sys.argv[3], number(c, 6), number(c, 8), number(c, 10), number(c, 11),
                                                  number(c, 12), number(c, 2), number(c, 4)))
else:
    for name, c in rows[1:]:
        print("  %-28s %6d %6d %6d %6d %6d %6d" % (name, number(c, 2), number(c, 8), number(c, 10), number(c, 11), number(c, 12),
                                                   number(c, 4)))
