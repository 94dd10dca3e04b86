#!/usr/bin/env python3
"""Writes the pages bench/memory/run.sh measures, each about SIZE bytes:
  nested.html  paragraphs of <b> nested 900 deep around a sentence (mostly tags)
  tags.html    nothing but <p><i></i> (three to seven bytes per element)
  flat.html    one long "article": plain paragraphs of sentences with figures
Invented text (no corpus is copied). Usage: make_pages.py FOLDER SIZE_BYTES"""
import os
import random
import sys

folder, size = sys.argv[1], int(sys.argv[2])
random.seed(16)
words = ("the company said revenue rose percent million shares deal agreed quarter year "
         "market board plan customers supplier factory").split()


def sentence():
    return " ".join(random.choice(words) for _ in range(20)) + \
        ". Corvane will pay Nordaxis $%d million in 2026. " % random.randint(1, 900)


def write(name, title, make_block):
    parts, n = ["<html><head><title>%s</title></head><body><article><h1>%s</h1>" % (title, title)], 0
    while n < size:
        block = make_block()
        parts.append(block)
        n += len(block)
    parts.append("</article></body></html>\n")
    with open(os.path.join(folder, name), "w") as out:
        out.write("".join(parts))


write("nested.html", "Nested", lambda: "<p>" + "<b>" * 900 + sentence() + "</b>" * 900 + "</p>\n")
write("tags.html", "Tags", lambda: "<p><i></i>" * 1000 + "\n")
write("flat.html", "Flat", lambda: "<p>" + sentence() * 5 + "</p>\n")
