#!/usr/bin/env python3
"""An independent client of sgl-mss-sim (Python's smtplib/imaplib), driven by MssPythonClient_test.

Usage: mss_python_client.py <smtp_port> <imap_port> <ca> <cert> <key> <lab> <recipient> <password>
Prints one "ok <step>" line per step that behaved; exits non-zero at the first surprise.
"""
import imaplib
import smtplib
import ssl
import sys
import time
from email.message import EmailMessage

smtp_port, imap_port, ca, cert, key, lab, rcpt, password = sys.argv[1:9]
host = "127.0.0.1"


def context(with_cert=True):
    ctx = ssl.create_default_context(cafile=ca)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = False  # the simulator's certificate names localhost and 127.0.0.1
    if with_cert:
        ctx.load_cert_chain(cert, key)
    return ctx


def step(name):
    print("ok", name, flush=True)


# SMTP with STARTTLS, AUTH PLAIN, a dot-stuffed body and a receipt request.
msg = EmailMessage()
msg["From"] = lab
msg["To"] = rcpt
msg["Subject"] = "Essai smtplib"
msg["Message-ID"] = "<python-%d@sgl-test.mssante.fr>" % int(time.time() * 1000)
msg["Disposition-Notification-To"] = lab
msg.set_content("Bonjour,\n.ligne avec un point\nFin.\n")
with smtplib.SMTP(host, int(smtp_port), timeout=10) as smtp:
    smtp.ehlo()
    if not smtp.has_extn("starttls"):
        sys.exit("no STARTTLS advertised")
    code, _ = smtp.mail(lab)
    if code != 530:
        sys.exit("MAIL before STARTTLS answered %d" % code)
    step("mail-before-starttls-refused")
    smtp.rset()
    smtp.starttls(context=context())
    smtp.ehlo()
    smtp.login(lab, password)
    step("auth-plain")
    refused = smtp.sendmail(lab, [rcpt], msg.as_bytes())
    if refused:
        sys.exit("refused: %r" % refused)
    step("sent")

# Without a client certificate the TLS session does not carry a command.
try:
    with smtplib.SMTP(host, int(smtp_port), timeout=10) as smtp:
        smtp.starttls(context=context(with_cert=False))
        smtp.ehlo()
        smtp.mail(lab)
    sys.exit("a session without client certificate was served")
except (smtplib.SMTPException, ssl.SSLError, OSError):
    step("no-certificate-refused")

# IMAP: STARTTLS, LOGIN, SELECT, UID SEARCH, UID FETCH BODY.PEEK[], UID STORE.
imap = imaplib.IMAP4(host, int(imap_port), timeout=10)
imap.starttls(ssl_context=context())
imap.login(lab, password)
step("login")
typ, _ = imap.select("INBOX")
assert typ == "OK", typ
deadline = time.time() + 10
target = None
while target is None and time.time() < deadline:
    typ, data = imap.uid("SEARCH", None, "UNKEYWORD", "$SglDone")
    assert typ == "OK", typ
    for uid in data[0].split():
        typ, fetched = imap.uid("FETCH", uid, "(BODY.PEEK[])")
        assert typ == "OK", typ
        body = fetched[0][1]
        if msg["Message-ID"].encode() in body and b"disposition-notification" in body:
            target = uid
            break
    if target is None:
        time.sleep(0.2)
        imap.noop()
if target is None:
    sys.exit("no MDN for the message sent")
step("mdn-fetched")
typ, flags = imap.uid("FETCH", target, "(FLAGS)")
if b"\\Seen" in flags[0]:
    sys.exit("BODY.PEEK[] set \\Seen")
typ, data = imap.uid("STORE", target, "+FLAGS", "($SglDone)")
assert typ == "OK", typ
typ, data = imap.uid("SEARCH", None, "KEYWORD", "$SglDone")
if target not in data[0].split():
    sys.exit("flag not kept")
step("flag-kept")

imap.logout()
