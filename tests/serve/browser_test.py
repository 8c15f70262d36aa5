"""serve.browser: headless Chromium drives the page the way a drafter would: chooses the sample
DOCX, checks it, reads the findings, opens a rule's documentation, switches to English, and
follows the annotated-copy link; the downloaded bytes must be a DOCX (zip) with soat's comments.
Exit 77 (skipped) only when chromium or chromedriver is not installed.
usage: browser_test.py SOAT SOURCE_DIR"""
import os
import shutil
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_support import Server, expect, upload  # noqa: E402

SOAT, SOURCE = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(SOURCE, "fixtures", "sample", "bao-cao-mau.docx")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("*" * 72 + "\nSKIPPED serve.browser: chromium or chromedriver is not installed "
          "(Debian: chromium chromium-driver python3-selenium; scripts/deps.sh installs them)\n" + "*" * 72)
    sys.exit(77)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service as ChromeService  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def fresh(read, tries=40):
    """`read()` again while the page redraws the elements it reads (a stale element is one the
    page replaced between finding it and reading it: a redraw, not a failure)."""
    for _ in range(tries):
        try:
            return read()
        except StaleElementReferenceException:
            time.sleep(0.25)
    return read()


def main():
    work = tempfile.mkdtemp(prefix="soat-serve-browser-")
    downloads = os.path.join(work, "downloads")
    os.mkdir(downloads)
    driver = None
    try:
        with Server(SOAT, cwd=work) as server:
            expected = upload(server.base, "check", "bao-cao-mau.docx", open(SAMPLE, "rb").read()).json()
            findings = expected["files"][0]["findings"]

            options = webdriver.ChromeOptions()
            options.binary_location = CHROMIUM
            for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1366,768", "--no-first-run", "--disable-extensions",
                        "--user-data-dir=" + os.path.join(work, "profile")):
                options.add_argument(arg)
            options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                      "download.prompt_for_download": False})
            driver = webdriver.Chrome(service=ChromeService(DRIVER), options=options)
            driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
            wait = WebDriverWait(driver, 60, ignored_exceptions=(StaleElementReferenceException,))

            driver.get(server.base + "/")
            expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi", "the page starts in Vietnamese")
            # Every control is labelled.
            for control in driver.find_elements(By.CSS_SELECTOR, "input, button"):
                cid = control.get_attribute("id")
                labelled = (control.get_attribute("aria-label") or control.get_attribute("textContent").strip() or
                            (cid and driver.find_elements(By.CSS_SELECTOR, "label[for='%s']" % cid)) or
                            driver.execute_script("return arguments[0].closest('label') !== null", control))
                expect(labelled, "control without a label: %s" % control.get_attribute("outerHTML")[:120])

            # Choose the file and check it with the keyboard (Enter on the focused button).
            driver.find_element(By.ID, "file").send_keys(SAMPLE)
            driver.find_element(By.ID, "run").send_keys(Keys.ENTER)
            wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "li.finding")) == len(findings))
            shown = fresh(lambda: [li.get_attribute("data-rule")
                                   for li in driver.find_elements(By.CSS_SELECTOR, "li.finding")])
            expect(sorted(shown) == sorted(f["rule"] for f in findings), "the page lists the API's findings")
            summary = fresh(lambda: driver.find_element(By.ID, "summary").text)
            expect(str(len(findings)) in summary, "the summary counts the findings: %r" % summary)
            first_rule, where = fresh(lambda: (
                driver.find_element(By.CSS_SELECTOR, "li.finding").get_attribute("data-rule"),
                driver.find_element(By.CSS_SELECTOR, "li.finding .where").text))
            expect(where, "a finding shows its location")
            marks = fresh(lambda: [m.text for m in driver.find_elements(By.CSS_SELECTOR, "li.finding mark")[:5]])
            expect(marks and all(m.strip() for m in marks), "excerpts mark the span")
            expect(driver.find_elements(By.CSS_SELECTOR, "h2.severity") and
                   driver.find_elements(By.CSS_SELECTOR, "h3.section"), "grouped by severity and section")

            # A rule's documentation opens in a dialog and closes with Escape.
            fresh(lambda: driver.find_element(By.CSS_SELECTOR, "li.finding button.rule").send_keys(Keys.ENTER))
            wait.until(lambda d: d.find_element(By.ID, "rule-dialog").get_attribute("open") is not None)
            expect(first_rule in fresh(lambda: driver.find_element(By.ID, "rule-doc").text), "rule documentation")
            driver.switch_to.active_element.send_keys(Keys.ESCAPE)
            wait.until(lambda d: d.find_element(By.ID, "rule-dialog").get_attribute("open") is None)

            # Follow the annotated-copy link: the browser saves a DOCX with one comment per finding.
            wait.until(lambda d: d.find_element(By.ID, "annotated").get_attribute("aria-disabled") == "false")
            driver.find_element(By.ID, "annotated").click()
            deadline, saved = time.time() + 60, None
            while time.time() < deadline and saved is None:
                done = [n for n in os.listdir(downloads) if not n.endswith(".crdownload")]
                saved = os.path.join(downloads, done[0]) if done else None
                time.sleep(0.2)
            expect(saved is not None, "the annotated copy was downloaded")
            expect(os.path.basename(saved) == "bao-cao-mau.soat.docx", "download name: %s" % os.path.basename(saved))
            data = open(saved, "rb").read()
            expect(data[:4] == b"PK\x03\x04", "the download is a zip")
            with zipfile.ZipFile(saved) as z:
                comments = sum(z.read(n).decode("utf-8").count('w:author="soat"') for n in z.namelist()
                               if n.startswith("word/comments") and n.endswith(".xml"))
            expect(comments == len(findings), "the download has one comment per finding")
            expect(driver.find_element(By.ID, "fixed").get_attribute("aria-disabled") == "false", "fixed copy link")

            # English: the interface switches and the findings are fetched again in English.
            driver.find_element(By.ID, "lang").click()
            wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
            expect(driver.find_element(By.ID, "run").text == "Check", "English labels")
            english = upload(server.base, "check", "bao-cao-mau.docx", open(SAMPLE, "rb").read(), "?lang=en").json()
            messages_en = sorted(f["message"] for f in english["files"][0]["findings"])
            shown_messages = lambda d: sorted(  # noqa: E731
                m.get_attribute("textContent").strip() for m in d.find_elements(By.CSS_SELECTOR, "li.finding .message"))
            wait.until(lambda d: shown_messages(d) == messages_en)
            errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
            expect(not errors, "no errors in the browser console: %s" % errors)
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("serve.browser: ok")


main()
