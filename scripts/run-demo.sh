#!/usr/bin/env bash
# Starts the demo from a build directory (called by scripts/demo.sh):
#  1. creates the demo SQLite database ~/.local/share/sgl/demo.sqlite when it does not exist
#     yet (delete the file to start again): `sgl migrate`, `sgl demo-seed` (synthetic lab:
#     users, patients, validated dossiers, demo catalogue, fictitious letterhead);
#  2. starts, on loopback, the simulators this build produced (INSi, DMP, MSSanté, Pro Santé
#     Connect and the lab's PSC gateway, analyzers),
#     stopped on exit;
#  3. runs the workstation sgl-app on that database.
# Usage: scripts/run-demo.sh <build dir> [extra sgl-app arguments]
set -euo pipefail
build=$(cd "${1:?usage: run-demo.sh <build dir>}" && pwd)
shift
data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/sgl
db_file=$data_dir/demo.sqlite
db_url=sqlite://$db_file
sgl=$build/src/cli/sgl
app=$build/src/app/sgl-app

[ -x "$app" ] || { echo "sgl-app introuvable dans $build (construire la cible sgl-app)" >&2; exit 1; }
mkdir -p "$data_dir"

seed() {
    # demo-seed also imports the demo catalogue and stores a fictitious lab letterhead.
    "$sgl" --db "$db_url" migrate && "$sgl" --db "$db_url" demo-seed
}

if [ ! -f "$db_file" ]; then
    [ -x "$sgl" ] || { echo "commande sgl introuvable dans $build (construire la cible sgl)" >&2; exit 1; }
    echo "Création de la base de démonstration $db_file"
    if ! seed; then
        rm -f "$db_file" "$db_file-wal" "$db_file-shm"
        echo "Échec de la création de la base de démonstration" >&2
        exit 1
    fi
fi

# A demo database created by an earlier version is brought to this version's schema (migrations
# are idempotent and each runs in one transaction; nothing is re-seeded).
if [ -x "$sgl" ]; then
    "$sgl" --db "$db_url" migrate >/dev/null || { echo "Mise à niveau de la base de démonstration impossible" >&2; exit 1; }
fi

pids=()
tmp_dir=$(mktemp -d)
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

app_args=(--db "$db_url")
# The demo configuration file (SGL_CONFIG) the simulators' sections are appended to, unless the
# caller chose a configuration of their own.
demo_conf=$tmp_dir/sgl-demo.conf

# INSi simulator: HTTPS with a throwaway test PKI kept next to the demo database; it prints its
# URL (random free port on 127.0.0.1) on its first output line.
insi_sim=$build/src/simulators/insi/sgl-insi-sim
if [ -x "$insi_sim" ]; then
    pki=$data_dir/insi-pki
    [ -f "$pki/ca.pem" ] || "$insi_sim" --make-pki "$pki" >/dev/null
    "$insi_sim" --pki "$pki" --port 0 >"$tmp_dir/insi.out" 2>"$tmp_dir/insi.err" &
    pids+=($!)
    insi_url=
    for _ in $(seq 50); do
        insi_url=$(grep -m1 -o 'https://127\.0\.0\.1:[0-9]*[^ ]*' "$tmp_dir/insi.out" || true)
        [ -n "$insi_url" ] && break
        sleep 0.1
    done
    if [ -n "$insi_url" ]; then
        echo "Simulateur INSi : $insi_url (PKI de test : $pki)"
        app_args+=(--insi-url "$insi_url" --insi-cert "$pki/client-auto.pem"
                   --insi-key "$pki/client-auto.key.pem" --insi-ca "$pki/ca.pem"
                   --insi-idam SGL-IDAM-TEST-0001)
    else
        echo "Le simulateur INSi n'a pas démarré : $(cat "$tmp_dir/insi.err")" >&2
    fi
fi

# DMP simulator (issue 13): HTTPS TLS 1.2 with the RSA test PKI kept next to the demo database;
# the workstation's dispatcher reaches it through the [dmp] section of a demo configuration file
# (SGL_CONFIG, unless the caller chose one), whose other sections other simulators may append.
dmp_sim=$build/src/simulators/dmp/sgl-dmp-sim
if [ -x "$dmp_sim" ]; then
    dmp_pki=$data_dir/dmp-pki
    [ -f "$dmp_pki/org.pem" ] || "$dmp_sim" --make-pki "$dmp_pki" >/dev/null
    # --store: what the demo published stays in the simulator from one demo run to the next.
    "$dmp_sim" --pki "$dmp_pki" --port 0 --store "$data_dir/dmp-store.jsonl" >"$tmp_dir/dmp.out" 2>"$tmp_dir/dmp.err" &
    pids+=($!)
    dmp_url=
    for _ in $(seq 50); do
        dmp_url=$(grep -m1 -o 'https://127\.0\.0\.1:[0-9]*[^ ]*' "$tmp_dir/dmp.out" || true)
        [ -n "$dmp_url" ] && break
        sleep 0.1
    done
    # Second line: the web portal's contextual entry (TD0.9), opened by the « DMP » buttons.
    dmp_web_url=
    for _ in $(seq 20); do
        dmp_web_url=$(grep -m1 -o 'Accès web : https://127\.0\.0\.1:[0-9]*[^ ]*' "$tmp_dir/dmp.out" | sed 's/^Accès web : //' || true)
        [ -n "$dmp_web_url" ] && break
        sleep 0.1
    done
    if [ -n "$dmp_url" ]; then
        echo "Simulateur DMP : $dmp_url (PKI de test : $dmp_pki ; journal : $tmp_dir/dmp.err)"
        [ -n "$dmp_web_url" ] && echo "Accès web au DMP (simulé) : $dmp_web_url (certificat de la PKI de test : le navigateur avertit)"
        if [ -z "${SGL_CONFIG:-}" ]; then
            export SGL_CONFIG=$demo_conf
            cat >>"$SGL_CONFIG" <<CONF
[dmp]
endpoint=$dmp_url
certificate=$dmp_pki/org.pem
key=$dmp_pki/org.key.pem
ca=$dmp_pki/ca.pem
signing_certificate=$dmp_pki/org.pem
signing_key=$dmp_pki/org.key.pem
source_oid=1.2.250.1.999.1.1.9001
structure_id=10B0152872
responsible=10B0152872/RESPONSABLE
lps_id=1.2.250.1.999.1.1.9001.99
lps_name=SGL
lps_version=demo
lps_homologation=DEMO-SANS-HOMOLOGATION
web_access_url=$dmp_web_url
CONF
        fi
    else
        echo "Le simulateur DMP n'a pas démarré : $(cat "$tmp_dir/dmp.err")" >&2
    fi
fi

# MSSanté simulator (issue 13): SMTP submission and IMAP on loopback, STARTTLS with the lab
# mailbox's client certificate (RSA test PKI kept next to the demo database). Mail sent to an
# address containing "inconnu" bounces; the rest gets a "processed" receipt after 3 s. Mailboxes
# are kept from one demo run to the next; the lab's mailbox starts with a subcontractor's CR-BIO
# and a plain mail (--seed-inbox) for the mailbox poll to hold for a human.
mss_sim=$build/src/simulators/mss/sgl-mss-sim
if [ -x "$mss_sim" ]; then
    mss_pki=$data_dir/mss-pki
    [ -f "$mss_pki/mail-client.pem" ] || "$mss_sim" --make-pki "$mss_pki" >/dev/null
    "$mss_sim" --pki "$mss_pki" --store "$data_dir/mss-store" --seed-inbox \
        >"$tmp_dir/mss.out" 2>"$tmp_dir/mss.err" &
    pids+=($!)
    mss_urls=
    for _ in $(seq 50); do
        mss_urls=$(grep -m1 -o 'smtp://127\.0\.0\.1:[0-9]* imap://127\.0\.0\.1:[0-9]*' "$tmp_dir/mss.out" || true)
        [ -n "$mss_urls" ] && break
        sleep 0.1
    done
    if [ -n "$mss_urls" ]; then
        read -r smtp_url imap_url <<<"$mss_urls"
        echo "Simulateur MSSanté : $smtp_url $imap_url (PKI de test : $mss_pki ; journal : $tmp_dir/mss.err)"
        if [ -z "${SGL_CONFIG:-}" ] || [ "$SGL_CONFIG" = "$demo_conf" ]; then
            export SGL_CONFIG=$demo_conf
            cat >>"$SGL_CONFIG" <<CONF
[mssante]
smtp_url=$smtp_url
imap_url=$imap_url
mailbox=laboratoire@sgl-test.mssante.fr
certificate=$mss_pki/mail-client.pem
key=$mss_pki/mail-client.key.pem
ca=$mss_pki/ca.pem
laboratory_name=Laboratoire de démonstration des Tilleuls
source_oid=1.2.250.1.999.42
CONF
        fi
    else
        echo "Le simulateur MSSanté n'a pas démarré : $(cat "$tmp_dir/mss.err")" >&2
    fi
fi

# Pro Santé Connect (issue 14): the simulated provider and the lab's gateway (which alone holds the
# client secret, decision 0003), both HTTPS with a throwaway RSA test PKI kept next to the demo
# database. The workstation's PSC settings ([psc] of the demo configuration, the file sgl-app
# reads) point at the gateway, so the demo biologist (RPPS 10101010105, login « biologiste ») can
# sign in with « Se connecter avec Pro Santé Connect ». Redirect: http://127.0.0.1:53682/psc/callback.
psc_sim=$build/src/simulators/psc/sgl-psc-sim
if [ -x "$psc_sim" ] && [ -x "$sgl" ]; then
    psc_pki=$data_dir/psc-pki
    [ -f "$psc_pki/ca.pem" ] || "$psc_sim" --make-pki "$psc_pki" >/dev/null
    psc_port=53682
    "$psc_sim" --pki "$psc_pki" --port 0 --redirect-uri "http://127.0.0.1:$psc_port/psc/callback" \
        --default-rpps 10101010105 >"$tmp_dir/psc.out" 2>"$tmp_dir/psc.err" &
    pids+=($!)
    psc_issuer=
    for _ in $(seq 50); do
        psc_issuer=$(grep -m1 -o 'https://127\.0\.0\.1:[0-9]*[^ ]*' "$tmp_dir/psc.out" || true)
        [ -n "$psc_issuer" ] && break
        sleep 0.1
    done
    psc_gateway=
    if [ -n "$psc_issuer" ]; then
        # The simulator's default client secret, in a file only its owner reads (the gateway checks).
        (umask 077 && printf 'secret-de-test-sgl\n' >"$tmp_dir/psc-secret")
        "$sgl" psc-gateway --issuer "$psc_issuer" --client-id sgl-laboratoire --secret-file "$tmp_dir/psc-secret" \
            --cert "$psc_pki/server.pem" --key "$psc_pki/server.key.pem" --psc-ca "$psc_pki/ca.pem" \
            >"$tmp_dir/psc-gateway.out" 2>"$tmp_dir/psc-gateway.err" &
        pids+=($!)
        for _ in $(seq 50); do
            port=$(grep -m1 -o '"port":[0-9]*' "$tmp_dir/psc-gateway.out" | cut -d: -f2 || true)
            [ -n "$port" ] && { psc_gateway=https://127.0.0.1:$port; break; }
            sleep 0.1
        done
    fi
    if [ -n "$psc_gateway" ]; then
        echo "Pro Santé Connect simulé : $psc_issuer ; passerelle du laboratoire : $psc_gateway"
        if [ -z "${SGL_CONFIG:-}" ] || [ "$SGL_CONFIG" = "$demo_conf" ]; then
            export SGL_CONFIG=$demo_conf
            cat >>"$SGL_CONFIG" <<CONF
[psc]
issuer=$psc_issuer
clientId=sgl-laboratoire
gatewayUrl=$psc_gateway
loopbackPort=$psc_port
caBundle=$psc_pki/ca.pem
CONF
        fi
    else
        echo "Pro Santé Connect simulé non démarré : $(cat "$tmp_dir/psc.err" "$tmp_dir/psc-gateway.err" 2>/dev/null)" >&2
    fi
fi

# Annuaire Santé FHIR simulator (issue 14): the online RPPS check of the demo (« sgl directory
# check --online », national services settings) asks it; it serves the synthetic directory with
# the demo's prescriber and biologist, requires the test API key and allows 17 requests/s.
directory_sim=$build/src/simulators/directory/sgl-directory-sim
if [ -x "$directory_sim" ]; then
    directory_pki=$data_dir/directory-pki
    [ -f "$directory_pki/ca.pem" ] || "$directory_sim" --make-pki "$directory_pki" >/dev/null
    "$directory_sim" --pki "$directory_pki" --port 0 --api-key cle-api-annuaire-de-demo \
        >"$tmp_dir/directory.out" 2>"$tmp_dir/directory.err" &
    pids+=($!)
    directory_url=
    for _ in $(seq 50); do
        directory_url=$(grep -m1 -o 'https://127\.0\.0\.1:[0-9]*/fhir/v2' "$tmp_dir/directory.out" || true)
        [ -n "$directory_url" ] && break
        sleep 0.1
    done
    if [ -n "$directory_url" ]; then
        echo "Simulateur Annuaire Santé (FHIR) : $directory_url (PKI de test : $directory_pki)"
        if [ -z "${SGL_CONFIG:-}" ] || [ "$SGL_CONFIG" = "$demo_conf" ]; then
            export SGL_CONFIG=$demo_conf
            cat >>"$SGL_CONFIG" <<CONF
[annuaire]
fhir_url=$directory_url
api_key=cle-api-annuaire-de-demo
ca=$directory_pki/ca.pem
CONF
        fi
    else
        echo "Le simulateur de l'Annuaire Santé n'a pas démarré : $(cat "$tmp_dir/directory.err")" >&2
    fi
fi

# Analyzer simulators (issue 11): a Sysmex XN played over ASTM and a cobas pro over HL7 LAW,
# connecting to the workstation's in-app gateway (profiles xn-demo and cobas-demo of the demo
# database, 127.0.0.1:5001 and :5002). Once the gateway listens (it starts at login), every 20 s
# the tubes received since with work for either analyzer are loaded on it, so a tube received in
# the demo is run within the minute.
analyzer_sim=$build/src/simulators/analyzer/sgl-analyzer-sim
if [ -x "$analyzer_sim" ] && [ -x "$sgl" ]; then
    mkfifo "$tmp_dir/xn.in" "$tmp_dir/cobas.in"
    "$analyzer_sim" --mode astm-haemato --port 5001 --run-delay-ms 4000 --qc-every 8 \
        <"$tmp_dir/xn.in" >"$tmp_dir/xn.out" 2>&1 &
    pids+=($!)
    "$analyzer_sim" --mode law-chemistry --port 5002 --run-delay-ms 5000 --qc-every 8 \
        <"$tmp_dir/cobas.in" >"$tmp_dir/cobas.out" 2>&1 &
    pids+=($!)
    exec 7>"$tmp_dir/xn.in" 8>"$tmp_dir/cobas.in"
    (
        touch "$tmp_dir/loaded"
        declare -A up=()
        while true; do
            for pair in xn-demo:7:5001 cobas-demo:8:5002; do
                IFS=: read -r profile fd port <<<"$pair"
                # Tubes go on an analyzer once the gateway listens (it starts at login): a tube
                # loaded before would be given up after the simulator's retries.
                if [ -z "${up[$profile]:-}" ]; then
                    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || continue
                    up[$profile]=1
                fi
                new=$("$sgl" --db "$db_url" analyzer orders --profile "$profile" 2>/dev/null | cut -f1 \
                      | grep -vxF -f "$tmp_dir/loaded" || true)
                if [ -n "$new" ]; then
                    echo "load $(echo "$new" | tr '\n' ' ')" >&"$fd"
                    echo "$new" | sed "s/^/$profile /" >>"$tmp_dir/loaded.log"
                    echo "$new" >>"$tmp_dir/loaded"
                fi
            done
            sleep 20
        done
    ) &
    pids+=($!)
    app_args+=(--analyzer-gateway "$data_dir/analyzer-traffic")
    echo "Simulateurs d'automates : Sysmex XN (ASTM, 127.0.0.1:5001), cobas pro (HL7 LAW, 127.0.0.1:5002)"
fi

# Not exec: the trap must stop the simulators when the workstation closes.
"$app" "${app_args[@]}" "$@"
