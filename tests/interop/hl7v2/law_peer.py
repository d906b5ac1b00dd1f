#!/usr/bin/env python3
"""Independent LAW peer for the MLLP tests, built on python3-hl7 (Debian), not on our code.

send PORT FILE EXPECTED   sends FILE (segments ended by CR) to 127.0.0.1:PORT with
                          hl7.client.MLLPClient, parses the answer with hl7.parse and checks
                          MSA-1 == EXPECTED and MSA-2 == the MSH-10 sent.
check ACKFILE CONTROL EXPECTED
                          the same checks on an answer read from a file (to show the checker
                          refusing a broken answer).
Prints one line "ok <MSA-1> <MSH-9>" or "refused: <reason>"; exit status 0 only when ok.
"""
import sys

import hl7
import hl7.client


def verify(answer, control_id, expected):
    try:
        message = hl7.parse(answer)
        msa = message.segment("MSA")
        code = str(msa(1))
        echoed = str(msa(2))
        kind = str(message.segment("MSH")(9))
    except Exception as error:  # the parser's own refusal is the point of the check
        return f"refused: {type(error).__name__}: {error}", False
    if code != expected:
        return f"refused: MSA-1 {code}, {expected} expected", False
    if echoed != control_id:
        return f"refused: MSA-2 {echoed}, {control_id} expected", False
    return f"ok {code} {kind}", True


def main(argv):
    if len(argv) == 4 and argv[0] == "send":
        port, path, expected = int(argv[1]), argv[2], argv[3]
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")
        control_id = str(hl7.parse(text).segment("MSH")(10))
        with hl7.client.MLLPClient("127.0.0.1", port) as client:
            answer = client.send_message(text)
        line, ok = verify(answer.decode("utf-8", errors="replace"), control_id, expected)
    elif len(argv) == 4 and argv[0] == "check":
        with open(argv[1], "rb") as f:
            line, ok = verify(f.read().decode("utf-8", errors="replace"), argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
