#!/usr/bin/env python3
"""Load HTML report pages in headless Chromium (Debian's, driven by Playwright) and time them.

    python3 benchmarks/html_load.py report.html report_files/doc-1.html ...

Prints, per page, the time to the load event, the number of finding marks and of console errors."""
import sys, time
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--no-first-run","--disable-sync"])
    for path in sys.argv[1:]:
        pg = b.new_page(viewport={"width":1200,"height":900})
        errs=[]; pg.on("console", lambda m: errs.append(m.text) if m.type=="error" else None)
        t=time.perf_counter(); pg.goto("file://"+path, wait_until="load"); t1=time.perf_counter()-t
        n = pg.locator("mark.f").count()
        print(f"{path}: load {t1*1000:.0f} ms, marks {n}, console errors {len(errs)}")
        pg.close()
    b.close()
