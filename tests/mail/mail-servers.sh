#!/usr/bin/env bash
# Private Postfix + Dovecot on loopback for the MSSanté integration tests (issue 13 item 5).
#
#   tests/mail/mail-servers.sh start DIR [BASE_PORT]   # writes DIR/env (shell-sourceable), prints it
#   tests/mail/mail-servers.sh stop DIR
#
# What runs (everything under DIR, nothing in /etc, /var or the system services):
#   - a test CA "SGL TEST AC IGC-SANTE" (openssl CLI): server.pem (CN localhost, SAN DNS:localhost,
#     IP:127.0.0.1), client.pem (the lab's applicative mailbox, emailAddress + SAN email), a rogue
#     CA with its own client certificate, an expired client certificate;
#   - Postfix (own config_directory DIR/postfix, queue DIR/postfix/queue, log DIR/postfix/maillog):
#     submission on 127.0.0.1:BASE_PORT with STARTTLS *required* and a client certificate *required*
#     and checked against the test CA (smtpd_tls_req_ccert); relaying only for trusted client
#     certificates (permit_tls_all_clientcerts). Domains labo-test.mssante.fr and patient.mssante.fr are
#     delivered by virtual(8) into Maildirs DIR/mail/<domain>/<user>/. Unknown recipients of these
#     domains are accepted then bounced by virtual(8) (a real DSN back to the sender); fixed
#     addresses give deterministic SMTP errors: refuse@labo-test.mssante.fr -> 550,
#     busy@labo-test.mssante.fr -> 450;
#   - Dovecot (own base_dir DIR/dovecot/run): IMAP on 127.0.0.1:BASE_PORT+1 with STARTTLS required,
#     passwd-file users (the lab mailbox, password "sgl-test"), Maildirs shared with Postfix.
#
# Privileges: Postfix cannot run unprivileged. The `postfix` command refuses any user but root
# ("the postfix command is reserved for the superuser"), master(8) must start as root to
# drop its daemons to mail_owner and the setgid postdrop queue layout is checked by
# postfix-script. CI runs as root in a fresh container, so the tests run it as root with
# mail_owner=postfix (the Debian package's account); the daemons themselves run as that user.
# Dovecot likewise drops to dovecot/dovenull; mail is stored with the dovecot uid.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR [BASE_PORT]" >&2; exit 2; }

postfix_bin=${SGL_POSTFIX:-/usr/sbin/postfix}
dovecot_bin=${SGL_DOVECOT:-/usr/sbin/dovecot}

stop() {
    if [[ -f "$dir/postfix/main.cf" ]]; then
        "$postfix_bin" -c "$dir/postfix" stop >/dev/null 2>&1 || true
    fi
    if [[ -f "$dir/dovecot/dovecot.conf" ]]; then
        "$dovecot_bin" -c "$dir/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true
    fi
    # Wait for the master processes to be gone (their pid files are removed on exit).
    for _ in $(seq 1 50); do
        [[ -s "$dir/spool/pid/master.pid" || -s "$dir/dovecot/run/master.pid" ]] || break
        local alive=0
        for p in "$dir/spool/pid/master.pid" "$dir/dovecot/run/master.pid"; do
            [[ -s "$p" ]] && kill -0 "$(tr -d ' ' <"$p")" 2>/dev/null && alive=1
        done
        [[ $alive == 0 ]] && break
        sleep 0.1
    done
}

if [[ "$cmd" == stop ]]; then
    stop
    exit 0
fi
[[ "$cmd" == start ]] || { echo "usage: $0 start|stop DIR [BASE_PORT]" >&2; exit 2; }

if [[ $(id -u) != 0 ]]; then
    echo "mail-servers.sh: Postfix must be started as root (see the header of this script)" >&2
    exit 3
fi
for b in "$postfix_bin" "$dovecot_bin" openssl; do
    command -v "$b" >/dev/null || { echo "mail-servers.sh: $b is not installed" >&2; exit 3; }
done

base=${3:-$((20000 + RANDOM % 20000))}
smtp_port=$base
imap_port=$((base + 1))
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop
rm -rf "$dir/pki" "$dir/postfix" "$dir/postfix-data" "$dir/spool" "$dir/dovecot" "$dir/mail"
mkdir -p "$dir/pki" "$dir/postfix" "$dir/dovecot/run" "$dir/mail"

# --- certificates -----------------------------------------------------------------------------
pki=$dir/pki
lab=labo@labo-test.mssante.fr
(
    cd "$pki"
    mkca() { # name subject
        openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -keyout "$1-key.pem" -out "$1.pem" \
            -subj "$2" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
            2>/dev/null
    }
    mkleaf() { # name ca subject ext days [startdate]
        openssl req -new -newkey rsa:2048 -nodes -keyout "$1-key.pem" -out "$1.csr" -subj "$3" 2>/dev/null
        printf '%s\n' "$4" >"$1.ext"
        if [[ -n "${6:-}" ]]; then
            # An already expired certificate: openssl ca can back-date, x509 -req cannot.
            mkdir -p "ca-$1"; : >"ca-$1/index.txt"; echo 01 >"ca-$1/serial"
            cat >"ca-$1/ca.cnf" <<EOF
[ca]
default_ca = c
[c]
dir = ca-$1
database = ca-$1/index.txt
serial = ca-$1/serial
new_certs_dir = ca-$1
default_md = sha256
policy = p
copy_extensions = none
[p]
commonName = supplied
EOF
            openssl ca -batch -config "ca-$1/ca.cnf" -cert "$2.pem" -keyfile "$2-key.pem" -in "$1.csr" \
                -out "$1.pem" -startdate "$6" -enddate 20240102000000Z -extfile "$1.ext" -notext 2>/dev/null
        else
            openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2-key.pem" -CAcreateserial -sha256 \
                -days "$5" -extfile "$1.ext" -out "$1.pem" 2>/dev/null
        fi
        rm -f "$1.csr" "$1.ext"
    }
    mkca ca "/C=FR/O=SGL TEST/CN=SGL TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS"
    mkca rogue-ca "/C=FR/O=ROGUE/CN=ROGUE TEST CA"
    mkleaf server ca "/C=FR/O=SGL TEST/CN=localhost" \
        "subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth" 30
    mkleaf client ca "/C=FR/O=LABORATOIRE SGL TEST/OU=499999999/CN=$lab/emailAddress=$lab" \
        "subjectAltName=email:$lab
extendedKeyUsage=clientAuth,emailProtection" 30
    mkleaf rogue-client rogue-ca "/C=FR/O=ROGUE/CN=$lab" "extendedKeyUsage=clientAuth" 30
    mkleaf expired-client ca "/C=FR/O=LABORATOIRE SGL TEST/CN=$lab" "extendedKeyUsage=clientAuth" 1 \
        20240101000000Z
    chmod 0644 ./*.pem
)

# --- Dovecot ------------------------------------------------------------------------------------
mail_uid=$(id -u dovecot)
mail_gid=$(id -g dovecot)
# Maildirs of the lab mailbox and of the test recipients (Postfix creates them on first delivery
# too, but IMAP must see an empty INBOX before any mail).
for m in labo-test.mssante.fr/labo labo-test.mssante.fr/dr.martin labo-test.mssante.fr/sous-traitant; do
    mkdir -p "$dir/mail/$m/cur" "$dir/mail/$m/new" "$dir/mail/$m/tmp"
done
chown -R "$mail_uid:$mail_gid" "$dir/mail"
chmod 0755 "$dir" "$dir/mail"
# Passwords are test-only and stored hashed.
hash=$(doveadm pw -s SHA512-CRYPT -p sgl-test 2>/dev/null || true)
[[ -n "$hash" ]] || hash="{PLAIN}sgl-test"
{
    echo "labo@labo-test.mssante.fr:$hash"
    echo "dr.martin@labo-test.mssante.fr:$hash"
    echo "sous-traitant@labo-test.mssante.fr:$hash"
} >"$dir/dovecot/users"
chmod 0644 "$dir/dovecot/users"
cat >"$dir/dovecot/dovecot.conf" <<EOF
# Generated by tests/mail/mail-servers.sh: private instance, loopback only.
base_dir = $dir/dovecot/run
instance_name = sgl-test-$base
state_dir = $dir/dovecot/state
protocols = imap
listen = 127.0.0.1
log_path = $dir/dovecot/dovecot.log
ssl = required
ssl_cert = <$pki/server.pem
ssl_key = <$pki/server-key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = $mail_uid
last_valid_uid = $mail_uid
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:$dir/mail/%d/%n
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT username_format=%u $dir/dovecot/users
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service auth {
  unix_listener auth-userdb {
    mode = 0600
  }
}
EOF
mkdir -p "$dir/dovecot/state"

# --- Postfix ------------------------------------------------------------------------------------
pf=$dir/postfix
mkdir -p "$dir/spool" "$dir/postfix-data"
chown postfix "$dir/postfix-data"
cat >"$pf/main.cf" <<EOF
# Generated by tests/mail/mail-servers.sh: private instance, loopback only.
compatibility_level = 3.6
queue_directory = $dir/spool
data_directory = $dir/postfix-data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.labo-test.mssante.fr
mydomain = labo-test.mssante.fr
myorigin = labo-test.mssante.fr
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file = $pf/maillog
maillog_file_prefixes = $dir
smtputf8_enable = no
biff = no
# Nothing leaves the machine: mail for any other domain (relayed for a trusted client
# certificate) is bounced at once by error(8), without any DNS lookup.
relay_domains =
default_transport = error:5.1.2 domaine hors du banc de test
relay_transport = error:5.1.2 domaine hors du banc de test
virtual_mailbox_domains = labo-test.mssante.fr patient.mssante.fr
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = texthash:$pf/mailboxes
virtual_minimum_uid = $mail_uid
virtual_uid_maps = static:$mail_uid
virtual_gid_maps = static:$mail_gid
# Accept unknown recipients of our domains, then bounce them (a DSN the lab reads over IMAP),
# as Mon espace santé does for closed or unknown patient mailboxes.
smtpd_reject_unlisted_recipient = no
message_size_limit = 26214400
# A bounce for an address virtual(8) does not know.
virtual_transport = virtual
smtpd_tls_cert_file = $pki/server.pem
smtpd_tls_key_file = $pki/server-key.pem
smtpd_tls_CAfile = $pki/ca.pem
smtpd_tls_loglevel = 1
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_protocols = >=TLSv1.2
smtpd_relay_restrictions = permit_tls_all_clientcerts, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access texthash:$pf/recipient_access, permit_tls_all_clientcerts, reject
smtpd_delay_reject = yes
delay_warning_time = 0h
maximal_queue_lifetime = 1h
bounce_queue_lifetime = 1h
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
EOF
printf '%s\n' \
    "labo@labo-test.mssante.fr labo-test.mssante.fr/labo/" \
    "dr.martin@labo-test.mssante.fr labo-test.mssante.fr/dr.martin/" \
    "sous-traitant@labo-test.mssante.fr labo-test.mssante.fr/sous-traitant/" >"$pf/mailboxes"
# Patient boxes: the test INS known to the operator (SGL_TEST_PATIENT_INS, space-separated);
# any other <INS>@patient.mssante.fr is accepted then bounced, like a closed patient box.
for ins in ${SGL_TEST_PATIENT_INS:-279035121518989 288091234567823}; do
    echo "$ins@patient.mssante.fr patient.mssante.fr/$ins/" >>"$pf/mailboxes"
done
printf '%s\n' \
    "refuse@labo-test.mssante.fr 550 5.7.1 Destinataire refuse par la politique du domaine" \
    "busy@labo-test.mssante.fr 450 4.2.1 Boite temporairement indisponible" >"$pf/recipient_access"
cat >"$pf/master.cf" <<EOF
# Generated by tests/mail/mail-servers.sh. No chroot: the queue is outside /var/spool.
# Option lines ("  -o") continue the service line above them.
127.0.0.1:$smtp_port inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_ask_ccert=yes
  -o smtpd_tls_req_ccert=yes
  -o smtpd_tls_auth_only=yes
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
script -qc "$postfix_bin -c $pf check" /dev/null >"$pf/check.log" 2>&1 || { cat "$pf/check.log" >&2; exit 4; }
script -qc "$postfix_bin -c $pf start" /dev/null >"$pf/start.log" 2>&1 || { cat "$pf/start.log" >&2; exit 4; }
"$dovecot_bin" -c "$dir/dovecot/dovecot.conf" >"$dir/dovecot/start.log" 2>&1 \
    || { cat "$dir/dovecot/start.log" >&2; stop; exit 4; }

# Wait until both listen.
for _ in $(seq 1 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/$smtp_port) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/$imap_port) 2>/dev/null; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ -z "${ready:-}" ]]; then
    echo "mail-servers.sh: servers did not start listening" >&2
    tail -n 20 "$pf/maillog" "$dir/dovecot/dovecot.log" >&2 || true
    stop
    exit 4
fi

cat >"$dir/env" <<EOF
SGL_MAIL_DIR=$dir
SGL_MAIL_SMTP_URL=smtp://localhost:$smtp_port
SGL_MAIL_IMAP_URL=imap://localhost:$imap_port
SGL_MAIL_CA=$pki/ca.pem
SGL_MAIL_CLIENT_CERT=$pki/client.pem
SGL_MAIL_CLIENT_KEY=$pki/client-key.pem
SGL_MAIL_ROGUE_CA=$pki/rogue-ca.pem
SGL_MAIL_ROGUE_CERT=$pki/rogue-client.pem
SGL_MAIL_ROGUE_KEY=$pki/rogue-client-key.pem
SGL_MAIL_EXPIRED_CERT=$pki/expired-client.pem
SGL_MAIL_EXPIRED_KEY=$pki/expired-client-key.pem
SGL_MAIL_LAB=$lab
SGL_MAIL_PASSWORD=sgl-test
SGL_MAIL_MAILDIR=$dir/mail
EOF
cat "$dir/env"
