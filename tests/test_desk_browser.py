"""A volunteer's session in a real headless Chromium: log in, filter, decide, see the chart.

Debian's chromium is driven through Debian's chromium-driver (selenium is told both paths,
so it never looks for or downloads a browser); the desk runs under uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
from pathlib import Path

import pytest
import uvicorn

from desk import auth
from desk.app import Settings, create_app
from tests.test_history import V1, V2, V3, night
from tests.test_report_browser import CHROMIUM, FLAGS
from warehouse import accounts, decisions, published, schema

DRIVER = Path("/usr/bin/chromedriver")
PASSWORD = "volunteer password"
# Set PERMITWATCH_SHOTS to a folder to keep the screenshots and look at them.
SHOTS = os.environ.get("PERMITWATCH_SHOTS")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and DRIVER.exists()),
    reason="chromium and chromium-driver are not installed (make browser installs them)",
)


@pytest.fixture
def desk_url(tmp_path):
    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    for body in (V1, V2, V3, V1):
        night(con, body)
    published.publish(con, db)
    con.close()
    accounts.add(accounts.path_for(db), "ines", "reviewer", auth.hash_password(PASSWORD))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                            log_level="warning")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # bounded: at most 10 s for the server to listen
        if server.started:
            break
        threading.Event().wait(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1000"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def shot(driver, tmp_path: Path, name: str) -> None:
    png = tmp_path / f"{name}.png"
    driver.save_screenshot(str(png))
    assert png.read_bytes().startswith(b"\x89PNG")
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(SHOTS) / png.name)


def go(driver, element) -> None:
    """Click a link or button and wait until the next page has replaced this one and finished
    loading (10 s each): an element looked up while the new document is still being parsed
    can belong to no document a moment later ("node does not belong to the document", seen
    once under load)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(page))
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def test_a_volunteer_filters_confirms_with_a_note_and_opens_the_chart(desk_url, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, db = desk_url
    browser.get(url + "/")
    assert browser.current_url.startswith(url + "/login")
    browser.find_element(By.ID, "name").send_keys("ines")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    shot(browser, tmp_path, "1-login")
    go(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Changes to review"
    everything = browser.find_element(By.ID, "counts").text
    shot(browser, tmp_path, "2-inbox")

    Select(browser.find_element(By.ID, "severity")).select_by_value("high")
    browser.find_element(By.ID, "text").send_keys("EUR")
    go(browser, browser.find_element(By.CSS_SELECTOR, "form.card button[type=submit]"))
    filtered = browser.find_element(By.ID, "counts").text
    assert filtered != everything and filtered.startswith("2 changes in 1 group")
    rows = browser.find_elements(By.CSS_SELECTOR, "section.group td a")
    assert {r.text for r in rows} == {"Amount changed"}
    shot(browser, tmp_path, "3-filtered")

    go(browser, rows[0])
    assert "Amount changed" in browser.find_element(By.TAG_NAME, "h1").text
    values = browser.find_element(By.ID, "values")
    assert values.find_elements(By.TAG_NAME, "del") and values.find_elements(By.TAG_NAME, "ins")
    change_id = browser.find_element(By.CSS_SELECTOR, "p.muted code").text
    browser.find_element(By.ID, "note").send_keys("Checked on the live page: EUR 500 a month.")
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[value=confirmed]"))
    assert browser.find_element(By.ID, "current-status").text == "Confirmed"
    history = browser.find_element(By.ID, "history").text
    assert "ines" in history and "Checked on the live page: EUR 500 a month." in history
    shot(browser, tmp_path, "4-change-confirmed")
    (made,) = decisions.history(decisions.path_for(db), change_id)
    assert (made.status, made.decided_by) == ("confirmed", "ines")

    go(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "The page as stored in run"))
    assert browser.find_element(By.CSS_SELECTOR, "#quote mark.quote").text
    shot(browser, tmp_path, "5-snapshot")
    browser.back()

    go(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "over time"))
    chart = browser.find_element(By.CSS_SELECTOR, ".chart svg")
    assert chart.size["width"] > 300 and chart.size["height"] > 150
    points = browser.find_elements(By.CSS_SELECTOR, ".chart svg a")
    assert len(points) == 3  # EUR 450 (run 1), 500 (run 2; run 3 repeats it), 450 (run 4)
    table = browser.find_element(By.ID, "values").text
    assert "at least EUR 450 per month" in table and "at least EUR 500 per month" in table
    shot(browser, tmp_path, "6-chart")
